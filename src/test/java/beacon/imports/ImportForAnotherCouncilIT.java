package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.AuditedChanges;
import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.web.Multipart;
import beacon.web.SignedInSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer of one council cannot import into another by naming it anywhere but the address: the
 * organisation an import acts on is the one in its path, which the access check reads too. Each
 * refusal leaves the other council's figures as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportForAnotherCouncilIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired AuditedChanges changes;
  @Autowired JdbcClient db;

  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * {@code curl -H "Authorization: Bearer <872 officer>" -F org=825 -F file=@v.csv
   * '.../api/v1/imports/values?reason=x'}: the file corrects Buckinghamshire's Q3 2022/23
   * re-referrals from 44% to 43%.
   */
  @Test
  void refusesAnImportForAnotherCouncilNamedInTheForm() {
    long before = changes.of("825");

    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(uri("/api/v1/imports/values?reason=x"))
                .header("Authorization", accounts.officerOf("872").bearer()),
            new Multipart().field("org", "825").file("file", "v.csv", buckinghamshireExample()));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(410);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("/api/v1/organisations/{org}/imports/values");
    assertThat(buckinghamshireRereferralsInQ3()).isEqualByComparingTo("44");
    assertThat(changes.of("825")).isEqualTo(before);
  }

  @Test
  void refusesAnImportForAnotherCouncilNamedInTheFormOfASignedInSession() {
    SignedInSession officer =
        SignedInSession.signIn(port, accounts.officerOf("872").username(), TestAccounts.PASSWORD);
    String csrf = officer.csrf();
    long before = changes.of("825");

    HttpResponse<String> answer =
        officer.send(
            request(
                HttpRequest.newBuilder(uri("/api/v1/imports/values?reason=x&_csrf=" + csrf)),
                new Multipart()
                    .field("_csrf", csrf)
                    .field("org", "825")
                    .file("file", "v.csv", buckinghamshireExample())));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(410);
    assertThat(buckinghamshireRereferralsInQ3()).isEqualByComparingTo("44");
    assertThat(changes.of("825")).isEqualTo(before);
  }

  @Test
  void refusesAnImportAtAnotherCouncilsAddressWhateverElseTheRequestNames() {
    long before = changes.of("825");

    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(
                    uri("/api/v1/organisations/825/imports/values?reason=x&org=872&org=825"))
                .header("Authorization", accounts.officerOf("872").bearer()),
            new Multipart()
                .field("org", "872")
                .field("organisation", "872")
                .file("file", "v.csv", buckinghamshireExample()));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("There is no organisation with the code '825'");
    assertThat(buckinghamshireRereferralsInQ3()).isEqualByComparingTo("44");
    assertThat(changes.of("825")).isEqualTo(before);
  }

  @Test
  void importsIntoTheCouncilItsAddressNamesWhateverTheFormNames() {
    TestCouncil ours =
        councils.aCouncil().withQuarterlyIndicator("V1", "80").withValue("V1", Q1, "75");
    TestCouncil theirs =
        councils.aCouncil().withQuarterlyIndicator("V1", "80").withValue("V1", Q1, "75");
    long theirsBefore = changes.of(theirs.code());
    byte[] file =
        "indicator_code,period,value\nV1,2024-25-Q1,60\n".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(
                    uri(
                        "/api/v1/organisations/"
                            + ours.code()
                            + "/imports/values?reason=x&org="
                            + theirs.code()))
                .header("Authorization", accounts.officerOf(ours.code()).bearer()),
            new Multipart()
                .field("org", theirs.code())
                .field("organisation", theirs.code())
                .file("file", "v.csv", file));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(valueOf(ours.code(), "V1", Q1.code())).isEqualByComparingTo("60");
    assertThat(valueOf(theirs.code(), "V1", Q1.code())).isEqualByComparingTo("75");
    assertThat(changes.of(theirs.code())).isEqualTo(theirsBefore);
  }

  @Test
  void theOldAddressesOfTheScorecardAndPapersLeadToTheOrganisationsOwn() {
    TestAccount administrator = accounts.administrator();

    HttpResponse<String> scorecard =
        get(administrator, "/api/v1/scorecard?org=825&period=2022-23-Q4");
    HttpResponse<String> paper =
        get(administrator, "/api/v1/reports/exceptions?org=825&period=2018-19-Q2&format=csv");

    assertThat(scorecard.statusCode()).isEqualTo(308);
    assertThat(scorecard.headers().firstValue("Location"))
        .hasValueSatisfying(
            to -> assertThat(to).endsWith("/api/v1/organisations/825/scorecard?period=2022-23-Q4"));
    assertThat(paper.statusCode()).isEqualTo(308);
    String paperAddress = paper.headers().firstValue("Location").orElseThrow();
    assertThat(paperAddress)
        .endsWith("/api/v1/organisations/825/reports/exceptions?period=2018-19-Q2&format=csv");
    String newPaper = paperAddress.substring(paperAddress.indexOf("/api/"));
    assertThat(get(administrator, newPaper).statusCode()).isEqualTo(200);
    assertThat(get(accounts.officerOf("872"), newPaper).statusCode()).isEqualTo(404);
  }

  @Test
  void theOldAddressesSayWhereToNameTheOrganisationWhenTheyNameNoneOrTwo() {
    TestAccount administrator = accounts.administrator();

    HttpResponse<String> none = get(administrator, "/api/v1/scorecard?period=2022-23-Q4");
    HttpResponse<String> two =
        get(administrator, "/api/v1/scorecard?org=825&org=872&period=2022-23-Q4");

    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("/api/v1/organisations/{org}/scorecard");
    assertThat(two.statusCode()).isEqualTo(400);
    assertThat(two.body()).contains("/api/v1/organisations/{org}/scorecard");
  }

  private BigDecimal buckinghamshireRereferralsInQ3() {
    return valueOf("825", "CSC-REREF-Q", "2022-23-Q3");
  }

  private BigDecimal valueOf(String organisation, String indicator, String period) {
    return db.sql(
            """
            select v.value from indicator_value v
              join indicator i on i.id = v.indicator_id
              join organisation o on o.id = i.organisation_id
             where o.code = :organisation and i.code = :indicator and v.period_code = :period
               and v.superseded_at is null
            """)
        .param("organisation", organisation)
        .param("indicator", indicator)
        .param("period", period)
        .query(BigDecimal.class)
        .single();
  }

  private byte[] buckinghamshireExample() {
    try (InputStream in = getClass().getResourceAsStream("/imports/values-825-example.csv")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> get(TestAccount as, String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", as.bearer()).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Multipart form) {
    return send(request.header("Content-Type", form.contentType()).POST(form.body()));
  }

  private static HttpRequest request(HttpRequest.Builder request, Multipart form) {
    return request.header("Content-Type", form.contentType()).POST(form.body()).build();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
