package beacon.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.Commentaries;
import beacon.commentary.CommentaryState;
import beacon.indicator.Indicators;
import beacon.papers.Layout;
import beacon.papers.Paper;
import beacon.papers.Papers;
import beacon.round.SignOff;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Figure;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published paper keeps the figures it was published with: a later correction changes today's
 * paper, never the published one, whose page says what differs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishingIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Papers papers;
  @Autowired PublishedPapers published;
  @Autowired IndicatorValues values;
  @Autowired JdbcClient db;
  @Autowired Commentaries commentaries;
  @Autowired SignOff signOff;
  @Autowired Indicators indicators;

  private TestCouncil council;

  @BeforeEach
  void aCouncilWithAnIndicatorBelowItsTarget() {
    council = councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
  }

  @Test
  void aCorrectionChangesTodaysPaperButNotThePublishedOne() throws Exception {
    String reference = published.publish(exceptionsPaper(), "A. Clerk", "For Cabinet");

    correct("82");

    List<CSVRecord> publishedRows = csv(get("/papers/" + reference + "/file?format=csv"));
    assertThat(publishedRows).hasSize(1);
    assertThat(publishedRows.get(0).get("Current position as printed")).isEqualTo("75%");
    assertThat(publishedRows.get(0).get("RAG")).isEqualTo("Red");
    assertThat(pdfText(get("/papers/" + reference + "/file?format=pdf")))
        .contains("75%")
        .contains("Red")
        .doesNotContain("82%");

    List<CSVRecord> liveRows =
        csv(
            get(
                "/api/v1/organisations/"
                    + council.code()
                    + "/reports/exceptions?period="
                    + Q1.code()
                    + "&format=csv"));
    assertThat(liveRows.get(0).get("Current position as printed")).isEqualTo("82%");
    assertThat(liveRows.get(0).get("RAG")).isEqualTo("Green");
  }

  @Test
  void thePublishedPageListsWhatDiffersToday() throws Exception {
    String reference = published.publish(exceptionsPaper(), "A. Clerk", null);
    assertThat(text(get("/papers/" + reference)))
        .contains("The figures are unchanged since publication")
        .doesNotContain("Newer figures exist");

    correct("82");

    String page = text(get("/papers/" + reference));
    assertThat(page)
        .contains("Newer figures exist")
        .containsPattern(
            "Indicator X1</th>\\s*<td[^>]*>Value</td>\\s*<td[^>]*>75%</td>\\s*<td[^>]*>82%")
        .containsPattern("<td[^>]*>Rating</td>\\s*<td[^>]*>Red</td>\\s*<td[^>]*>Green");
  }

  @Test
  void aPublishedPaperReadsBackAsItWasPublished() {
    Paper paper = exceptionsPaper();
    String reference = published.publish(paper, " A. Clerk ", "  ");

    PublishedPaper found = published.find(reference).orElseThrow();

    assertThat(found.paper()).isEqualTo(paper);
    assertThat(found.publishedBy()).isEqualTo("A. Clerk");
    assertThat(found.note()).isNull();
    assertThat(published.listFor(council.code()))
        .extracting(PublishedPapers.Publication::reference)
        .containsExactly(reference);
  }

  @Test
  void aPublishedPaperIsNeverChangedOrDeleted() {
    String reference = published.publish(exceptionsPaper(), "A. Clerk", null);

    assertThatThrownBy(
            () ->
                db.sql("update published_paper set published_by = 'X' where reference = :r")
                    .param("r", reference)
                    .update())
        .hasMessageContaining("never changed or deleted");
    assertThatThrownBy(
            () ->
                db.sql("delete from published_paper where reference = :r")
                    .param("r", reference)
                    .update())
        .hasMessageContaining("never changed or deleted");
  }

  @Test
  void refusesAPaperPrintingCommentaryNotYetApprovedUntilItIs() {
    commentaries.add(
        council.indicatorId("X1"),
        Q1.code(),
        "Performance fell to 75% against a target of 80%.",
        List.of("Audit the referrals"),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        null,
        "A. Lead");

    assertThatThrownBy(() -> published.publish(exceptionsPaper(), "A. Clerk", null))
        .isInstanceOf(CommentaryNotApprovedException.class)
        .hasMessageContaining("X1 Indicator X1");
    assertThat(published.listFor(council.code())).isEmpty();

    signOff.approve(indicators.withCode(council.id(), "X1").orElseThrow(), Q1, Optional.empty());
    String reference = published.publish(exceptionsPaper(), "A. Clerk", null);

    assertThat(published.find(reference).orElseThrow().paper().lines().get(0).commentary())
        .containsExactly("Performance fell to 75% against a target of 80%.");
  }

  @Test
  void anUnknownReferenceIsNotFound() throws Exception {
    HttpResponse<byte[]> response = get("/papers/no-such-paper");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(text(response)).contains("No paper has been published as");
  }

  private Paper exceptionsPaper() {
    return papers.paper(Layout.EXCEPTIONS, council.code(), Q1, null);
  }

  private void correct(String value) {
    values.record(
        new NewValue(
            council.indicatorId("X1"),
            Q1,
            Figure.of(new BigDecimal(value)),
            null,
            null,
            false,
            null,
            null),
        "X1",
        "officer.two",
        "Late recording of 9 assessments");
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", accounts.administrator().bearer())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> csv(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    String body = text(response);
    if (body.startsWith("\uFEFF")) {
      body = body.substring(1);
    }
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(body))
        .getRecords();
  }

  private static String pdfText(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }
}
