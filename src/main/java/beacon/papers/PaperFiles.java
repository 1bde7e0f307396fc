package beacon.papers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A paper written out in one of its formats, as a file to send. */
@Component
public class PaperFiles {

  /** The formats a paper is made in, by the name a request gives. */
  public enum Format {
    HTML("html", "text/html;charset=UTF-8", false),
    PDF("pdf", "application/pdf", false),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    CSV("csv", "text/csv;charset=UTF-8", true);

    private final String extension;
    private final String mediaType;
    private final boolean download;

    Format(String extension, String mediaType, boolean download) {
      this.extension = extension;
      this.mediaType = mediaType;
      this.download = download;
    }

    public String extension() {
      return extension;
    }

    public static Optional<Format> named(String name) {
      return Arrays.stream(values()).filter(format -> format.extension.equals(name)).findFirst();
    }
  }

  /**
   * A paper's file.
   *
   * @param download true for a file to save (Word, Excel, CSV); false for one a browser shows
   */
  public record PaperFile(byte[] content, String mediaType, String fileName, boolean download) {}

  private final PaperHtml html;
  private final MessageSource messages;

  PaperFiles(PaperHtml html, MessageSource messages) {
    this.html = html;
    this.messages = messages;
  }

  /**
   * @param made the day the paper was made (or published), printed on it
   */
  public PaperFile write(Paper paper, Format format, LocalDate made) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    switch (format) {
      case CSV -> {
        try (Writer out = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
          CsvPaper.write(paper, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      case XLSX -> ExcelPaper.write(paper, title(paper), generated(made), file);
      case DOCX -> WordPaper.write(paper, title(paper), generated(made), file);
      case HTML -> file.writeBytes(html.render(paper, made).getBytes(StandardCharsets.UTF_8));
      case PDF -> file.writeBytes(html.pdf(paper, made));
    }
    String name =
        "beacon-"
            + paper.organisation().code()
            + "-"
            + paper.period().code()
            + "-"
            + paper.layout().urlName()
            + "."
            + format.extension;
    return new PaperFile(file.toByteArray(), format.mediaType, name, format.download);
  }

  /** "Generated on: 23 November 2026". */
  private String generated(LocalDate made) {
    return messages.getMessage(
        "paper.generated", new Object[] {PaperHtml.DAY.format(made)}, Locale.UK);
  }

  /**
   * The paper's title, as its first page prints it: its front sheet's, "Performance report:
   * Buckinghamshire Council, Q2 2018/19" until the council keeps another.
   */
  public String title(Paper paper) {
    return paper.frontSheet().title();
  }
}
