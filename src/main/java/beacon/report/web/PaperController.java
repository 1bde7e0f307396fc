package beacon.report.web;

import beacon.report.CsvPaper;
import beacon.report.ExcelPaper;
import beacon.report.Layout;
import beacon.report.Paper;
import beacon.report.PaperHtml;
import beacon.report.PaperPdf;
import beacon.report.Papers;
import beacon.report.WordPaper;
import beacon.rules.period.Periods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Committee papers as files: {@code GET
 * /api/v1/reports/exceptions?org=825&period=2018-19-Q2&portfolio=...&format=csv}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class PaperController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Papers papers;
  private final PaperHtml paperHtml;
  private final MessageSource messages;

  PaperController(Papers papers, PaperHtml paperHtml, MessageSource messages) {
    this.papers = papers;
    this.paperHtml = paperHtml;
    this.messages = messages;
  }

  @GetMapping("/{layout}")
  ResponseEntity<byte[]> paper(
      @PathVariable("layout") String layoutName,
      @RequestParam("org") String organisation,
      @RequestParam("period") String period,
      @RequestParam(name = "portfolio", required = false) String portfolio,
      @RequestParam(name = "format", defaultValue = "csv") String format) {
    Layout layout =
        Layout.named(layoutName)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "There is no paper layout '"
                            + layoutName
                            + "': choose exceptions, scorecard, indicator-blocks or"
                            + " committee-summary"));
    Paper paper = papers.paper(layout, organisation, Periods.fromCode(period), portfolio);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    MediaType type;
    switch (format) {
      case "csv" -> {
        try (Writer out = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
          CsvPaper.write(paper, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        type = new MediaType("text", "csv", StandardCharsets.UTF_8);
      }
      case "xlsx" -> {
        ExcelPaper.write(paper, file);
        type = XLSX;
      }
      case "docx" -> {
        madeAsDocument(layout, format);
        Object[] names = {paper.organisation().name(), paper.period().label()};
        WordPaper.write(
            paper,
            messages.getMessage("paper.title", names, Locale.UK),
            messages.getMessage(
                "paper.generated",
                new Object[] {PaperHtml.DAY.format(LocalDate.now(UK))},
                Locale.UK),
            file);
        type = DOCX;
      }
      case "html", "pdf" -> {
        madeAsDocument(layout, format);
        String html = paperHtml.render(paper, LocalDate.now(UK));
        if (format.equals("pdf")) {
          file.writeBytes(PaperPdf.from(html));
          type = MediaType.APPLICATION_PDF;
        } else {
          file.writeBytes(html.getBytes(StandardCharsets.UTF_8));
          type = new MediaType("text", "html", StandardCharsets.UTF_8);
        }
      }
      default ->
          throw new ResponseStatusException(
              HttpStatus.BAD_REQUEST,
              "Papers are made as html, pdf, docx, csv or xlsx; '"
                  + format
                  + "' is not one of them");
    }
    String name =
        "beacon-"
            + paper.organisation().code()
            + "-"
            + paper.period().code()
            + "-"
            + layout.urlName()
            + "."
            + format;
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            (format.equals("csv") || format.equals("xlsx") || format.equals("docx")
                    ? ContentDisposition.attachment()
                    : ContentDisposition.inline())
                .filename(name)
                .build()
                .toString())
        .body(file.toByteArray());
  }

  private static void madeAsDocument(Layout layout, String format) {
    if (!PaperHtml.MADE.contains(layout)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "The " + layout.urlName() + " paper is made as csv or xlsx so far, not " + format);
    }
  }
}
