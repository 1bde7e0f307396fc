package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
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
 * Lincolnshire sets attainment targets at the national average "with a tolerance of 2 percentage
 * points below and 1 point above it": a council states that range through the API, and each value
 * is rated achieved, exceeded or not achieved by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemeTargetRangeIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FinancialQuarter Q1_2024 = new FinancialQuarter(2024, 1);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Scorecards scorecards;

  @Test
  void eachValueIsAchievedExceededOrNotAchievedByTheRange() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("WITHIN", "68")
            .withValue("WITHIN", Q1_2024, "66")
            .withQuarterlyIndicator("ABOVE", "68")
            .withValue("ABOVE", Q1_2024, "69.5")
            .withQuarterlyIndicator("BELOW", "68")
            .withValue("BELOW", Q1_2024, "65.9");

    HttpResponse<String> added =
        TestApi.send(
            port,
            accounts.administratorOf(council.code()),
            "POST",
            "/api/v1/organisations/" + council.code() + "/schemes",
            "{\"name\": \"Lincolnshire attainment\", \"kind\": \"TARGET_RANGE\", \"band\": 2,"
                + " \"bandAbove\": 1, \"inForceFrom\": \"2024-04-01\"}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode scheme = JSON.readTree(added.body());
    assertThat(scheme.get("bandAbove").asInt()).isEqualTo(1);
    assertThat(scheme.get("inWords").asString())
        .startsWith("Green within a target range from 2 points below the green threshold to 1");
    assertThat(line(council, "WITHIN").rag()).isEqualTo(Rag.GREEN);
    assertThat(line(council, "WITHIN").reason()).endsWith(": achieved (good to be high)");
    assertThat(line(council, "ABOVE").rag()).isEqualTo(Rag.GREEN);
    assertThat(line(council, "ABOVE").reason()).endsWith(": exceeded (good to be high)");
    assertThat(line(council, "BELOW").rag()).isEqualTo(Rag.RED);
    assertThat(line(council, "BELOW").reason())
        .isEqualTo(
            "Red: 65.9% is below the target range of 66% to 69% (2 percentage points below the"
                + " target of 68% to 1 above it): not achieved");
  }

  @Test
  void aRangeMayReachOnlyAboveTheTarget() throws Exception {
    TestCouncils.TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("JUST", "68").withValue("JUST", Q1_2024, "67.9");

    HttpResponse<String> added =
        TestApi.send(
            port,
            accounts.administratorOf(council.code()),
            "POST",
            "/api/v1/organisations/" + council.code() + "/schemes",
            "{\"name\": \"Exceeded from a point above\", \"kind\": \"TARGET_RANGE\","
                + " \"band\": 0, \"bandAbove\": 1, \"inForceFrom\": \"2024-04-01\"}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(line(council, "JUST").rag()).isEqualTo(Rag.RED);
    assertThat(line(council, "JUST").reason()).startsWith("Red: 67.9% is below the target range");
  }

  @Test
  void aRangeWithoutItsSideAboveIsRefusedNamingTheField() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();

    HttpResponse<String> refused =
        TestApi.send(
            port,
            accounts.administratorOf(council.code()),
            "POST",
            "/api/v1/organisations/" + council.code() + "/schemes",
            "{\"name\": \"Half a range\", \"kind\": \"TARGET_RANGE\", \"band\": 2,"
                + " \"inForceFrom\": \"2024-04-01\"}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).get("detail").asString())
        .isEqualTo("bandAbove: Enter how far the target range reaches above the target, such as 1");
  }

  private ScorecardLine line(TestCouncils.TestCouncil council, String code) {
    return scorecards.forPeriod(council.code(), Q1_2024).indicators().stream()
        .filter(line -> line.code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
