package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestApi;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's scheme may refuse to rate a value that is too old: a report shows the value, not
 * rated, saying its own period, while a value within the limit is rated as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemeAgeLimitIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FinancialQuarter Q3_2024 = new FinancialQuarter(2024, 3);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Scorecards scorecards;

  @Test
  void aValueOlderThanTheSchemeAllowsIsShownButNotRated() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("OLD", "80")
            .withValue("OLD", new FinancialQuarter(2024, 1), "85")
            .withQuarterlyIndicator("RECENT", "80")
            .withValue("RECENT", new FinancialQuarter(2024, 2), "85");
    assertThat(line(council, "OLD").rag()).isEqualTo(Rag.GREEN);

    HttpResponse<String> added =
        send(
            accounts.administratorOf(council.code()),
            "POST",
            "/api/v1/organisations/" + council.code() + "/schemes",
            "{\"name\": \"Fresh figures\", \"kind\": \"TWO_STATE\", \"periodsBehindAllowed\": 1,"
                + " \"inForceFrom\": \"2024-04-01\"}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode scheme = JSON.readTree(added.body());
    assertThat(scheme.get("periodsBehindAllowed").asInt()).isEqualTo(1);
    assertThat(scheme.get("inWords").asString())
        .endsWith(
            "; a value more than 1 period behind the newest a report could show is shown but not"
                + " rated");
    ScorecardLine old = line(council, "OLD");
    assertThat(old.rag()).isEqualTo(Rag.NOT_RATED);
    assertThat(old.value().display()).isEqualTo("85%");
    assertThat(old.reason())
        .isEqualTo(
            "Not rated: the value is for Q1 2024/25, more than 1 quarter behind Q3 2024/25, the"
                + " newest a report for Q3 2024/25 could show");
    assertThat(line(council, "RECENT").rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void anAgeLimitThatIsNotAWholeNumberOfPeriodsIsRefused() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();

    HttpResponse<String> refused =
        send(
            accounts.administratorOf(council.code()),
            "POST",
            "/api/v1/organisations/" + council.code() + "/schemes",
            "{\"name\": \"Too strict\", \"kind\": \"TWO_STATE\", \"periodsBehindAllowed\": 99,"
                + " \"inForceFrom\": \"2024-04-01\"}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).get("detail").asString())
        .isEqualTo(
            "periodsBehindAllowed: Enter the age limit as a whole number of periods from 0 to 60,"
                + " or leave it empty");
  }

  private ScorecardLine line(TestCouncils.TestCouncil council, String code) {
    return scorecards.forPeriod(council.code(), Q3_2024).indicators().stream()
        .filter(line -> line.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> send(TestAccount as, String method, String path, String body)
      throws Exception {
    return TestApi.send(port, as, method, path, body);
  }
}
