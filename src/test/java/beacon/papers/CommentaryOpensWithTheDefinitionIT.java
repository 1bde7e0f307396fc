package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Buckinghamshire's papers open every indicator's commentary with what the indicator measures, then
 * the period's paragraphs: "This indicator measures the proportion of children who have become
 * subject to a child protection plan for a second or subsequent time." then "Of the children who
 * became subject ...". Beacon holds the first as the indicator's definition; each layout after
 * those papers prints it first, in every format, and the committee summary, whose seed does not,
 * leaves it out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommentaryOpensWithTheDefinitionIT extends EmbeddedDatabaseForTests {

  private static final String DEFINITION =
      "This indicator measures the proportion of children who have become subject to a child"
          + " protection plan for a second or subsequent time.";
  private static final String WRITTEN = "Of the children who became subject to a child protection";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "exceptions, html",
    "exceptions, pdf",
    "exceptions, docx",
    "exceptions, xlsx",
    "exceptions, csv",
    "indicator-blocks, html",
    "indicator-blocks, docx",
    "scorecard, pdf"
  })
  void theDefinitionIsTheCommentarysFirstParagraph(String layout, String format) throws Exception {
    String text = text(layout, format);

    assertThat(text).contains(DEFINITION, WRITTEN);
    assertThat(text.indexOf(DEFINITION)).isLessThan(text.indexOf(WRITTEN));
    assertThat(text.indexOf(DEFINITION)).as("printed once").isEqualTo(text.lastIndexOf(DEFINITION));
  }

  @ParameterizedTest(name = "the committee summary as {0}")
  @CsvSource({"html", "docx"})
  void theCommitteeSummaryPrintsNoDefinition(String format) throws Exception {
    String text = text("committee-summary", format);

    assertThat(text).contains(WRITTEN).doesNotContain(DEFINITION);
  }

  private String text(String layout, String format) throws Exception {
    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + PaperAddress.of(
                                    layout, "org=825&period=2018-19-Q2&format=" + format)))
                    .header("Authorization", accounts.administrator().bearer())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(200);
    byte[] body = answer.body();
    return switch (format) {
      case "pdf" -> {
        try (PDDocument pdf = Loader.loadPDF(body)) {
          yield new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
      }
      case "docx" -> {
        try (XWPFWordExtractor word =
            new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(body)))) {
          yield word.getText().replaceAll("\\s+", " ");
        }
      }
      case "xlsx" -> {
        try (XSSFExcelExtractor excel =
            new XSSFExcelExtractor(new XSSFWorkbook(new ByteArrayInputStream(body)))) {
          yield excel.getText().replaceAll("\\s+", " ");
        }
      }
      default ->
          new String(body, StandardCharsets.UTF_8).replace("&#39;", "'").replaceAll("\\s+", " ");
    };
  }
}
