package beacon.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A paper's PDF, made from the same HTML as its web page: A4, Liberation Sans embedded, tagged for
 * accessibility (PDF/UA) as far as the renderer allows, page numbers in the footer.
 */
public final class PaperPdf {

  private static final String FONT = "Liberation Sans";

  private PaperPdf() {}

  public static byte[] from(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
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
}
