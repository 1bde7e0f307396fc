package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.papers.Layout;
import beacon.papers.Papers;
import beacon.publishing.PublishedPapers;
import beacon.rules.period.FinancialQuarter;
import beacon.web.SignedInSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An account sees its own organisation (an account of every organisation sees them all): another
 * council's pages, API, drafts and papers answer "not found", just as a council Beacon does not
 * hold, so its code is not given away. National data and published papers stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnotherCouncilsDataIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Papers papers;
  @Autowired PublishedPapers published;

  private final HttpClient http = HttpClient.newHttpClient();
  private TestCouncil ours;
  private TestCouncil theirs;
  private TestAccount reader;
  private SignedInSession readerSession;

  @BeforeAll
  void twoCouncilsAndAReaderOfOne() {
    ours = councils.aCouncil().withQuarterlyIndicator("MINE", "80").withValue("MINE", Q1, "75");
    theirs =
        councils.aCouncil().withQuarterlyIndicator("THEIRS", "80").withValue("THEIRS", Q1, "70");
    reader = accounts.readerOf(ours.code());
    readerSession = SignedInSession.signIn(port, reader.username(), TestAccounts.PASSWORD);
  }

  @Test
  void anotherCouncilsPagesAnswerNotFound() {
    String theirPages = "/organisations/" + theirs.code();
    for (String path :
        List.of(
            theirPages,
            theirPages + "/indicators",
            theirPages + "/indicators/THEIRS?period=" + Q1.code(),
            theirPages + "/catalogue",
            theirPages + "/papers?period=" + Q1.code(),
            theirPages + "/rounds",
            theirPages + "/due")) {
      HttpResponse<String> answer = readerSession.get(path);

      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body())
          .as(path)
          .contains("govuk-heading-l")
          .contains("There is no organisation with the code")
          .doesNotContain(nameOf(theirs))
          .doesNotContain("Indicator THEIRS");
    }
    assertThat(readerSession.get("/organisations/" + ours.code()).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherCouncilsApiAnswersAsACouncilBeaconDoesNotHold() {
    for (String path :
        List.of(
            "/api/v1/organisations/%s",
            "/api/v1/organisations/%s/indicators",
            "/api/v1/organisations/%s/indicators/THEIRS/values",
            "/api/v1/organisations/%s/scorecard?period=" + Q1.code(),
            "/api/v1/organisations/%s/reports/exceptions?period=" + Q1.code() + "&format=csv")) {
      HttpResponse<String> theirAnswer = get(reader, path.formatted(theirs.code()));
      HttpResponse<String> noSuchCouncil = get(reader, path.formatted("NO-SUCH"));

      assertThat(theirAnswer.statusCode()).as(path).isEqualTo(404);
      assertThat(theirAnswer.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(theirAnswer.body())
          .as(path)
          .isEqualTo(noSuchCouncil.body().replace("NO-SUCH", theirs.code()));
    }
  }

  @Test
  void anotherCouncilsDraftPaperIsNotGivenAtTheOldAddressEither() {
    HttpResponse<String> answer =
        get(
            reader,
            "/api/v1/reports/exceptions?org="
                + theirs.code()
                + "&period="
                + Q1.code()
                + "&format=csv");
    if (answer.statusCode() == 308) {
      String to = answer.headers().firstValue("Location").orElseThrow();
      answer = get(reader, to.substring(to.indexOf("/api/")));
    }

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("Indicator THEIRS");
  }

  @Test
  void theOrganisationsListAndTheStartPageShowOnlyTheAccountsOwn() {
    HttpResponse<String> list = get(reader, "/api/v1/organisations");
    HttpResponse<String> start = readerSession.get("/");

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"" + ours.code() + "\"")
        .doesNotContain("\"" + theirs.code() + "\"")
        .doesNotContain("Buckinghamshire");
    assertThat(start.statusCode()).isEqualTo(200);
    assertThat(start.body())
        .contains(nameOf(ours))
        .doesNotContain(nameOf(theirs))
        .doesNotContain("Buckinghamshire");
  }

  @Test
  void anAccountOfEveryOrganisationSeesEveryCouncil() {
    TestAccount everyOrganisation = accounts.reader();
    SignedInSession session =
        SignedInSession.signIn(port, everyOrganisation.username(), TestAccounts.PASSWORD);

    assertThat(get(everyOrganisation, "/api/v1/organisations").body())
        .contains("\"" + ours.code() + "\"", "\"" + theirs.code() + "\"", "Buckinghamshire");
    assertThat(session.get("/").body()).contains(nameOf(ours), nameOf(theirs), "Buckinghamshire");
    assertThat(session.get("/organisations/" + theirs.code()).statusCode()).isEqualTo(200);
    assertThat(
            get(everyOrganisation, "/api/v1/organisations/" + theirs.code() + "/indicators")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void nationalDataAndPublishedPapersStayOpen() {
    String reference =
        published.publish(
            papers.paper(Layout.EXCEPTIONS, theirs.code(), Q1, null), "A. Clerk", "For Cabinet");

    HttpResponse<String> national = get(reader, "/api/v1/national/NoSuchMeasure?year=2022&la=825");
    HttpResponse<String> paper = readerSession.get("/papers/" + reference + "/file?format=csv");
    HttpResponse<String> paperForThePublic = get(null, "/papers/" + reference);

    assertThat(national.statusCode()).isEqualTo(404);
    assertThat(national.body()).contains("There is no national measure NoSuchMeasure");
    assertThat(paper.statusCode()).isEqualTo(200);
    assertThat(paper.body()).contains("THEIRS");
    assertThat(paperForThePublic.statusCode()).isEqualTo(200);
  }

  /** The name TestCouncils gives a council. */
  private static String nameOf(TestCouncil council) {
    return "Test council " + council.code() + "<";
  }

  /** Asks with the account's token; for the public when the account is null. */
  private HttpResponse<String> get(TestAccount as, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (as != null) {
      request.header("Authorization", as.bearer());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
