package beacon.report;

import beacon.trend.TrendChart;
import beacon.trend.TrendPicture;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.w3c.dom.Element;

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
  public static byte[] from(String xhtml, Map<String, TrendChart> charts) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    DefaultObjectDrawerFactory objects = new DefaultObjectDrawerFactory();
    objects.registerDrawer(TREND_CHART, new ChartDrawer(charts));
    builder.useObjectDrawerFactory(objects);
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.useFont(
        () -> PaperPdf.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf"),
        FONT,
        400,
        FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> PaperPdf.class.getResourceAsStream("/liberation/LiberationSans-Bold.ttf"),
        FONT,
        700,
        FontStyle.NORMAL,
        true);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }

  /** Draws a trend chart where the HTML has its object. */
  private record ChartDrawer(Map<String, TrendChart> charts) implements FSObjectDrawer {

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
      TrendChart chart = charts.get(element.getAttribute("data-code"));
      if (chart != null) {
        float w = (float) width / dotsPerPixel;
        float h = (float) height / dotsPerPixel;
        device.drawWithGraphics(
            (float) x, (float) y, w, h, graphics -> TrendPicture.draw(chart, graphics, w, h));
      }
      return null;
    }
  }
}
