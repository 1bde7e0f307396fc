package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.Commentaries;
import beacon.rules.period.FinancialQuarter;
import beacon.value.IndicatorValues;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an attacker or a careless paste sends is refused cleanly or kept as plain text: forms
 * without their CSRF token, SQL in every kind of field, script in commentary (shown escaped on the
 * pages and in the papers, published ones included), and inputs far longer than any Beacon asks
 * for. None of them writes anything it should not, and none shows an error page with internals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final String SCRIPT =
      "<script>alert('beacon')</script><img src=x onerror=alert(1)>";

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired IndicatorValues values;
  @Autowired Commentaries commentaries;
  @Autowired JdbcClient db;

  @Test
  void aFormSentWithoutItsCsrfTokenIsRefusedAndWritesNothing() throws Exception {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));

    HttpResponse<String> page =
        officer.send(
            HttpRequest.newBuilder(URI.create(base() + valueForm(council, "A1")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("period=2024-25-Q1&value=84"))
                .build());
    HttpResponse<String> api =
        officer.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base()
                            + "/api/v1/organisations/"
                            + council.code()
                            + "/indicators/A1/national-link"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"measure\":\"CP_conf_15days\"}"))
                .build());

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("You cannot do this").doesNotContain("Exception");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(values.seriesFor(council.indicatorId("A1"))).isEmpty();
    assertThat(nationalLinks(council)).isZero();
  }

  @Test
  void sqlInAnyFieldIsReadAsTextAndChangesNothing() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));
    String sql = "2024-25-Q1'; drop table indicator_value; --";
    long tables = tableCount();

    HttpResponse<String> form =
        officer.postForm(valueForm(council, "A1"), "period", sql, "value", "1 or 1=1");
    HttpResponse<String> list =
        officer.get(
            "/organisations/" + council.code() + "/indicators?q=" + encode("' or '1'='1' --"));
    HttpResponse<String> audit =
        officer.get("/organisations/" + council.code() + "/audit?user=" + encode("x' or 1=1 --"));
    HttpResponse<String> unknown =
        officer.api("/api/v1/organisations/" + encode("825' or '1'='1") + "/indicators");
    HttpResponse<String> signIn =
        new SignedInSession.Anonymous(port)
            .postForm("/sign-in", "username", "admin' --", "password", "' or '1'='1");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("govuk-error-summary");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body()).doesNotContain("Value recorded");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(signIn.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?error=wrong"));
    assertThat(tableCount()).isEqualTo(tables);
    assertThat(values.seriesFor(council.indicatorId("A1"))).isEmpty();
  }

  @Test
  void scriptInCommentaryIsShownAsTextOnEveryPageAndPaper() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("A1", "80").withValue("A1", Q1, "75");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));
    String indicatorPage = "/organisations/" + council.code() + "/indicators/A1";

    HttpResponse<String> saved =
        officer.postForm(
            indicatorPage + "/commentary?period=" + Q1.code(),
            "narrative",
            SCRIPT,
            "actions",
            SCRIPT,
            "benchmarkText",
            SCRIPT,
            "author",
            SCRIPT,
            "state",
            "APPROVED");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    HttpResponse<String> published =
        officer.postForm(
            "/organisations/" + council.code() + "/papers",
            "layout",
            "scorecard",
            "period",
            Q1.code(),
            "note",
            SCRIPT);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
    String reference = published.headers().firstValue("Location").orElseThrow();

    for (String path :
        new String[] {
          indicatorPage + "?period=" + Q1.code(),
          indicatorPage + "/commentary?period=" + Q1.code(),
          "/api/v1/organisations/"
              + council.code()
              + "/reports/scorecard?period="
              + Q1.code()
              + "&format=html",
          reference.substring(reference.indexOf("/papers/"))
        }) {
      HttpResponse<String> answer = officer.get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.body())
          .as(path)
          .doesNotContain("<script>alert")
          .doesNotContain("<img src=x")
          .contains("&lt;script&gt;alert(");
    }
  }

  @Test
  void inputsLongerThanAnyBeaconAsksForAreRefusedSayingSo() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));
    String commentaryForm =
        "/organisations/" + council.code() + "/indicators/A1/commentary?period=" + Q1.code();

    HttpResponse<String> tooLongCommentary =
        officer.postForm(commentaryForm, "narrative", "a".repeat(10_001), "state", "DRAFT");
    HttpResponse<String> hugeForm =
        officer.postForm(commentaryForm, "narrative", "a".repeat(400_000), "state", "DRAFT");
    HttpResponse<String> hugeApi =
        officer.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base()
                            + "/api/v1/organisations/"
                            + council.code()
                            + "/indicators/A1/national-link"))
                .header("Authorization", accounts.officerOf(council.code()).bearer())
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"measure\":\"" + "x".repeat(400_000) + "\"}"))
                .build());
    HttpResponse<String> hugeSignIn =
        new SignedInSession.Anonymous(port)
            .postForm("/sign-in", "username", "u".repeat(400_000), "password", "p");

    assertThat(tooLongCommentary.statusCode()).isEqualTo(200);
    assertThat(tooLongCommentary.body())
        .contains("The commentary must be 10,000 characters or fewer");
    assertThat(hugeForm.statusCode()).isEqualTo(413);
    assertThat(hugeForm.body()).contains("What you sent is too long");
    assertThat(hugeApi.statusCode()).isEqualTo(413);
    assertThat(hugeApi.body()).contains("larger than Beacon accepts");
    assertThat(hugeSignIn.statusCode()).isEqualTo(413);
    assertThat(commentaries.current(council.indicatorId("A1"), Q1.code())).isEmpty();
    assertThat(nationalLinks(council)).isZero();
  }

  @Test
  void aFieldSentAsWhatItCannotHoldIsAProblemOfTheFormNeverAnErrorPage() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("A1", "80");
    SignedInSession officer = signedIn(accounts.officerOf(council.code()));
    String csrf = officer.csrf();
    Multipart textForTheFile =
        new Multipart().field("_csrf", csrf).field("kind", "values").field("file", "values.csv");

    HttpResponse<String> upload =
        officer.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base() + "/organisations/" + council.code() + "/imports?_csrf=" + csrf))
                .header("Content-Type", textForTheFile.contentType())
                .header("Accept", "text/html")
                .POST(textForTheFile.body())
                .build());
    HttpResponse<String> value =
        officer.postForm(
            valueForm(council, "A1"), "period", Q1.code(), "value", "84", "provisional", "maybe");

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
    assertThat(upload.body()).contains("govuk-error-summary").contains("Choose a file");
    assertThat(upload.body()).doesNotContain("Exception").doesNotContain("Failed to convert");
    assertThat(value.statusCode()).as(value.body()).isEqualTo(302);
    assertThat(values.seriesFor(council.indicatorId("A1")))
        .singleElement()
        .satisfies(recorded -> assertThat(recorded.provisional()).isFalse());
  }

  private SignedInSession signedIn(TestAccounts.TestAccount account) {
    return SignedInSession.signIn(port, account.username(), TestAccounts.PASSWORD);
  }

  private static String valueForm(TestCouncil council, String code) {
    return "/organisations/" + council.code() + "/indicators/" + code + "/value";
  }

  private long nationalLinks(TestCouncil council) {
    return db.sql(
            """
            select count(*) from national_link l join indicator i on i.id = l.indicator_id
             where i.organisation_id = :organisation
            """)
        .param("organisation", council.id())
        .query(Long.class)
        .single();
  }

  private long tableCount() {
    return db.sql("select count(*) from pg_tables where schemaname = 'public'")
        .query(Long.class)
        .single();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
