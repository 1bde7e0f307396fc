package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestApi;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.scorecard.Scorecards;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's administrator rates one indicator by a scheme of its own by the API: from the day it
 * comes into force, the indicator's ratings follow it rather than the organisation's scheme, and
 * ending it rates the indicator as before. Every refusal names its field and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorSchemeApiIT extends EmbeddedDatabaseForTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FinancialQuarter Q1_2024 = new FinancialQuarter(2024, 1);

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Scorecards scorecards;

  @Test
  void anIndicatorOfItsOwnSchemeIsRatedByItFromItsDayAndAsBeforeOnceItEnds() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", Q1_2024, "75")
            .withQuarterlyIndicator("X2", "80")
            .withValue("X2", Q1_2024, "75");
    TestAccount admin = accounts.administratorOf(council.code());
    String org = "/api/v1/organisations/" + council.code();
    send(
        admin,
        "POST",
        org + "/schemes",
        "{\"name\": \"Within 10%\", \"kind\": \"RELATIVE_BAND\", \"band\": 10,"
            + " \"inForceFrom\": \"2031-04-01\"}");
    assertThat(rag(council, "X1")).isEqualTo(Rag.RED);

    HttpResponse<String> added =
        send(
            admin,
            "POST",
            org + "/indicators/X1/schemes",
            "{\"scheme\": \"Within 10%\", \"inForceFrom\": \"2024-04-01\"}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long id = JSON.readTree(added.body()).get("id").asLong();
    assertThat(added.headers().firstValue("Location"))
        .contains(org + "/indicators/X1/schemes/" + id);
    assertThat(rag(council, "X1")).as("X1 under its own scheme").isEqualTo(Rag.AMBER);
    assertThat(rag(council, "X2")).as("X2 under the organisation's").isEqualTo(Rag.RED);
    JsonNode uses = JSON.readTree(send(admin, "GET", org + "/indicators/X1/schemes", null).body());
    assertThat(uses.get(0).get("scheme").asString()).isEqualTo("Within 10%");
    assertThat(uses.get(0).get("inForceFrom").asString()).isEqualTo("2024-04-01");

    HttpResponse<String> ended = send(admin, "DELETE", org + "/indicators/X1/schemes/" + id, null);

    assertThat(ended.statusCode()).isEqualTo(204);
    assertThat(rag(council, "X1")).isEqualTo(Rag.RED);
    assertThat(send(admin, "DELETE", org + "/indicators/X1/schemes/" + id, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aSchemeTheCouncilHasNotOrADayTakenIsRefusedNamingTheField() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    TestAccount admin = accounts.administratorOf(council.code());
    String uses = "/api/v1/organisations/" + council.code() + "/indicators/X1/schemes";

    assertRefused(
        send(admin, "POST", uses, "{\"scheme\": \"Lenient\", \"inForceFrom\": \"2024-04-01\"}"),
        "scheme: Test council " + council.code() + " has no RAG scheme named Lenient");
    assertRefused(
        send(admin, "POST", uses, "{\"scheme\": \"Two states\", \"inForceFrom\": \"April\"}"),
        "inForceFrom: give the day the scheme comes into force, such as 2024-04-01");
    send(admin, "POST", uses, "{\"scheme\": \"Two states\", \"inForceFrom\": \"2024-04-01\"}");
    assertRefused(
        send(admin, "POST", uses, "{\"scheme\": \"Two states\", \"inForceFrom\": \"2024-04-01\"}"),
        "inForceFrom: X1 has a scheme of its own from 2024-04-01 already");
    assertThat(JSON.readTree(send(admin, "GET", uses, null).body()).size()).isEqualTo(1);
    assertThat(
            send(
                    accounts.officerOf(council.code()),
                    "POST",
                    uses,
                    "{\"scheme\": \"Two states\", \"inForceFrom\": \"2025-04-01\"}")
                .statusCode())
        .isEqualTo(403);
  }

  private Rag rag(TestCouncils.TestCouncil council, String code) {
    return scorecards.forPeriod(council.code(), Q1_2024).indicators().stream()
        .filter(line -> line.code().equals(code))
        .findFirst()
        .orElseThrow()
        .rag();
  }

  private void assertRefused(HttpResponse<String> answer, String detail) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
    assertThat(JSON.readTree(answer.body()).get("detail").asString()).isEqualTo(detail);
  }

  private HttpResponse<String> send(TestAccount as, String method, String path, String body)
      throws Exception {
    return TestApi.send(port, as, method, path, body);
  }
}
