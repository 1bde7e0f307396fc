package beacon.papers;

import beacon.trend.TrendChart;
import beacon.trend.TrendPicture;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A paper's PDF, made from the same HTML as its web page: A4, Liberation Sans embedded, tagged for
 * accessibility (PDF/UA) as far as the renderer allows, page numbers in the footer.
 */
public final class PaperPdf {

  private static final String FONT = "Liberation Sans";

  private PaperPdf() {}

  /** The object type of a trend chart in a paper's HTML for PDF: {@code data-code} names it. */
  public static final String TREND_CHART = "application/x-beacon-trend-chart";

  public static byte[] from(String xhtml) {
    return from(xhtml, Map.of());
  }

  /**
   * @param charts the trend charts the HTML's objects of type {@link #TREND_CHART} name, by
   *     indicator code; each is drawn as lines and shapes in the PDF, not as a picture
   */
  public static byte[] from(String xhtml, Map<String, PaperTrend> charts) {
    Document html = parsed(xhtml);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      try (PDDocument document = new PDDocument();
          PdfBoxRenderer renderer = renderer(html, charts, document, pdf)) {
        renderer.layout();
        if (!KeptTogether.askForRoom(renderer)) {
          renderer.createPDF();
          return pdf.toByteArray();
        }
      }
      try (PDDocument document = new PDDocument();
          PdfBoxRenderer renderer = renderer(html, charts, document, pdf)) {
        renderer.layout();
        renderer.createPDF();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }

  private static PdfBoxRenderer renderer(
      Document html, Map<String, PaperTrend> charts, PDDocument document, ByteArrayOutputStream pdf)
      throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    DefaultObjectDrawerFactory objects = new DefaultObjectDrawerFactory();
    objects.registerDrawer(TREND_CHART, new ChartDrawer(charts));
    builder.useObjectDrawerFactory(objects);
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.usePDDocument(document);
    builder.useFont(
        new PDFontSupplier(font(document, "LiberationSans-Regular.ttf")),
        FONT,
        400,
        FontStyle.NORMAL,
        true);
    builder.useFont(
        new PDFontSupplier(font(document, "LiberationSans-Bold.ttf")),
        FONT,
        700,
        FontStyle.NORMAL,
        true);
    builder.withW3cDocument(html, null);
    builder.toStream(pdf);
    return builder.buildPdfRenderer();
  }

  /** The paper's HTML as the renderer reads it: XHTML, without fetching anything it names. */
  private static Document parsed(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("A paper's HTML is not well-formed XHTML", e);
    }
  }

  /**
   * Liberation Sans, embedded, without glyph substitution: PDFBox compiles a regular expression of
   * the font's ligatures for every run of text it draws, which took four fifths of a paper's time
   * and changes nothing in a paper's text.
   */
  private static PDFont font(PDDocument document, String file) throws IOException {
    try (InputStream in = PaperPdf.class.getResourceAsStream("/liberation/" + file)) {
      if (in == null) {
        throw new IOException("The font " + file + " is missing from the classpath");
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
      font.setEnableGsub(false);
      document.registerTrueTypeFontForClosing(font);
      return PDType0Font.load(document, font, true);
    }
  }

  /** Draws a trend chart where the HTML has its object. */
  private record ChartDrawer(Map<String, PaperTrend> charts) implements FSObjectDrawer {

    @Override
    public Map<Shape, String> drawObject(
        Element element,
        double x,
        double y,
        double width,
        double height,
        OutputDevice device,
        RenderingContext context,
        int dotsPerPixel) {
      PaperTrend trend = charts.get(element.getAttribute("data-code"));
      TrendChart chart = trend == null ? null : trend.chart();
      if (chart != null) {
        float w = (float) width / dotsPerPixel;
        float h = (float) height / dotsPerPixel;
        device.drawWithGraphics(
            (float) x,
            (float) y,
            w,
            h,
            graphics -> TrendPicture.draw(chart, trend.key(), graphics, w, h));
      }
      return null;
    }
  }
}
