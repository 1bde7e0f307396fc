package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.AuditedChanges;
import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.indicator.Indicators;
import beacon.web.Multipart;
import beacon.web.SignedInSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file of indicators changes the catalogue, so it is imported by those who keep the catalogue,
 * its administrators, under the same rule as the catalogue's pages; from the import page as from
 * the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueImportIT extends EmbeddedDatabaseForTests {

  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Indicators indicators;
  @Autowired AuditedChanges changes;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void refusesAnOfficersImportOfIndicatorsFromThePageAndTheApi() throws Exception {
    TestCouncil council = councils.aCouncil();
    TestAccount officer = accounts.officerOf(council.code());
    SignedInSession session =
        SignedInSession.signIn(port, officer.username(), TestAccounts.PASSWORD);
    long before = changes.of(council.code());

    HttpResponse<String> checked = checkOnThePage(session, council, "indicators");
    Matcher token = TOKEN.matcher(checked.body());
    HttpResponse<String> confirmed =
        session.postForm(
            "/organisations/" + council.code() + "/imports/confirm",
            "token",
            token.find() ? token.group(1) : "");
    HttpResponse<String> api = throughTheApi(officer, council, "indicators");

    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(checked.body())
        .contains("govuk-error-summary")
        .contains("Your account may not import indicators")
        .doesNotContain("name=\"token\"");
    assertThat(confirmed.body()).doesNotContain("Figures imported");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(403);
    assertThat(indicators.allOf(council.id())).isEmpty();
    assertThat(changes.of(council.code())).isEqualTo(before);
  }

  @Test
  void offersOfficersOnlyTheKindsOfFileTheyMayImport() {
    TestCouncil council = councils.aCouncil();
    String page = "/organisations/" + council.code() + "/imports";

    String officers =
        SignedInSession.signIn(
                port, accounts.officerOf(council.code()).username(), TestAccounts.PASSWORD)
            .get(page)
            .body();
    String administrators =
        SignedInSession.signIn(
                port, accounts.administratorOf(council.code()).username(), TestAccounts.PASSWORD)
            .get(page)
            .body();

    assertThat(officers)
        .contains("value=\"values\"", "value=\"targets\"", "value=\"benchmarks\"")
        .doesNotContain("value=\"indicators\"");
    assertThat(administrators).contains("value=\"values\"", "value=\"indicators\"");
  }

  @Test
  void administratorsImportIndicatorsFromThePageAndTheApi() throws Exception {
    TestCouncil fromThePage = councils.aCouncil();
    TestCouncil fromTheApi = councils.aCouncil();
    TestAccount administrator = accounts.administratorOf(fromThePage.code());
    SignedInSession session =
        SignedInSession.signIn(port, administrator.username(), TestAccounts.PASSWORD);

    HttpResponse<String> checked = checkOnThePage(session, fromThePage, "indicators");
    Matcher token = TOKEN.matcher(checked.body());
    assertThat(token.find()).as(checked.body()).isTrue();
    session.postForm(
        "/organisations/" + fromThePage.code() + "/imports/confirm", "token", token.group(1));
    HttpResponse<String> api = throughTheApi(accounts.administrator(), fromTheApi, "indicators");

    assertThat(indicators.allOf(fromThePage.id())).hasSize(3);
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    assertThat(indicators.allOf(fromTheApi.id())).hasSize(3);
  }

  private HttpResponse<String> checkOnThePage(
      SignedInSession session, TestCouncil council, String kind) throws IOException {
    String csrf = session.csrf();
    Multipart form =
        new Multipart()
            .field("_csrf", csrf)
            .field("kind", kind)
            .file("file", kind + "-example.csv", ImportFiles.bytes(kind));
    return session.send(
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/organisations/"
                        + council.code()
                        + "/imports?_csrf="
                        + csrf))
            .header("Content-Type", form.contentType())
            .POST(form.body())
            .build());
  }

  private HttpResponse<String> throughTheApi(TestAccount as, TestCouncil council, String kind)
      throws IOException {
    Multipart form = new Multipart().file("file", kind + "-example.csv", ImportFiles.bytes(kind));
    try {
      return http.send(
          HttpRequest.newBuilder(
                  URI.create(
                      "http://localhost:"
                          + port
                          + "/api/v1/organisations/"
                          + council.code()
                          + "/imports/"
                          + kind))
              .header("Authorization", as.bearer())
              .header("Content-Type", form.contentType())
              .POST(form.body())
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
