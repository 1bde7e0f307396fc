package beacon.setup;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestApi;
import beacon.web.Multipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two councils that are not in the demo, set up from nothing through the API as the README
 * documents it: the council, its RAG scheme as the council states it, its indicators, values and
 * targets; then each rating of its scorecard, and the reason for it. The figures are made up for
 * the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoCouncilsFromNothingIT extends EmbeddedDatabaseForTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String INDICATORS = "code,title,polarity,unit,frequency\n";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void aCouncilWhoseAmberIsWithinTenPercentOfTarget() throws Exception {
    TestAccount hub = accounts.administrator();
    assertThat(send(hub, "POST", "/api/v1/organisations", "{\"code\": \"919\"}").statusCode())
        .isEqualTo(201); // Hertfordshire
    String org = "/api/v1/organisations/919";
    HttpResponse<String> scheme =
        send(
            hub,
            "POST",
            org + "/schemes",
            "{\"name\": \"Within 10% is Amber\", \"kind\": \"RELATIVE_BAND\", \"band\": 10,"
                + " \"inForceFrom\": \"2024-04-01\"}");
    assertThat(scheme.statusCode()).as(scheme.body()).isEqualTo(201);
    assertThat(JSON.readTree(scheme.body()).get("inWords").asString())
        .isEqualTo(
            "Green on or better than the green threshold; Amber within 10% of it; Red beyond");

    imported(
        hub,
        org,
        "indicators",
        INDICATORS
            + "ASSESS,Assessments within 45 working days,high,percent,quarterly\n"
            + "REREF,Re-referrals within 12 months,low,percent,quarterly\n"
            + "VISITS,Visits on time,high,percent,quarterly\n");
    imported(
        hub,
        org,
        "values",
        "indicator_code,period,value\n"
            + "ASSESS,Q1 2024/25,91\n"
            + "REREF,Q1 2024/25,23\n"
            + "VISITS,Q1 2024/25,70\n");
    imported(
        hub,
        org,
        "targets",
        "indicator_code,period,target,tolerance\n"
            + "ASSESS,2024/25,90%,0\n"
            + "REREF,2024/25,22%,0\n"
            + "VISITS,2024/25,90%,5\n");

    Map<String, String> ratings = ratings(hub, org, "2024-25-Q1");

    assertThat(ratings)
        .containsExactly(
            Map.entry(
                "ASSESS", "GREEN: Green: 91% is better than the target of 90% (good to be high)"),
            Map.entry(
                "REREF",
                "AMBER: Amber: 23% is above the target of 22% but within 10% of it; Red above"
                    + " 24.2%"),
            Map.entry(
                "VISITS",
                "RED: Red: 70% is below the green threshold of 85% (90% target with 5% tolerance)"
                    + " and not within 10% of it (Amber to 76.5%)"));
  }

  @Test
  void aCouncilWithNoAmber() throws Exception {
    TestAccount hub = accounts.administrator();
    assertThat(
            send(
                    hub,
                    "POST",
                    "/api/v1/organisations",
                    "{\"code\": \"NEC-TRUST\", \"kind\": \"OTHER\", \"name\": \"North East"
                        + " Children's Trust\", \"region\": \"North East\"}")
                .statusCode())
        .isEqualTo(201);
    String org = "/api/v1/organisations/NEC-TRUST";
    assertThat(
            send(
                    hub,
                    "POST",
                    org + "/schemes",
                    "{\"name\": \"On target or not\", \"kind\": \"TWO_STATE\", \"inForceFrom\":"
                        + " \"2024-04-01\"}")
                .statusCode())
        .isEqualTo(201);
    imported(
        hub,
        org,
        "indicators",
        INDICATORS
            + "ICPC,ICPCs within 15 working days,high,percent,quarterly\n"
            + "CPP2,Second child protection plans,low,percent,quarterly\n");
    imported(
        hub,
        org,
        "values",
        "indicator_code,period,value\nICPC,Q1 2024/25,89.9\nCPP2,Q1 2024/25,18\n");
    imported(
        hub,
        org,
        "targets",
        "indicator_code,period,target,tolerance\nICPC,2024/25,90%,0\nCPP2,2024/25,18%,0\n");

    Map<String, String> ratings = ratings(hub, org, "2024-25-Q1");

    assertThat(ratings)
        .containsExactly(
            Map.entry("ICPC", "RED: Red: 89.9% is below the target of 90%"),
            Map.entry("CPP2", "GREEN: Green: 18% meets the target of 18% (good to be low)"));
  }

  @Test
  void aSchemeTheFormWouldRefuseIsRefusedNamingEachFieldAndNothingIsWritten() throws Exception {
    TestAccount hub = accounts.administrator();
    send(hub, "POST", "/api/v1/organisations", "{\"code\": \"929\"}"); // Northumberland
    HttpResponse<String> refused =
        send(
            hub,
            "POST",
            "/api/v1/organisations/929/schemes",
            "{\"name\": \"\", \"kind\": \"RELATIVE_BAND\", \"inForceFrom\": \"1 April\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(JSON.readTree(refused.body()).get("detail").asString())
        .contains("name: Enter the name of the scheme")
        .contains("band: Enter the band")
        .contains("inForceFrom: Enter the date the scheme comes into force as a real date");
    assertThat(JSON.readTree(send(hub, "GET", "/api/v1/organisations/929/schemes", null).body()))
        .isEmpty();
  }

  /** Each indicator's rating on the scorecard, with its reason: "AMBER: ...". */
  private Map<String, String> ratings(TestAccount as, String org, String period) throws Exception {
    HttpResponse<String> answer = send(as, "GET", org + "/scorecard?period=" + period, null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Map<String, String> ratings = new LinkedHashMap<>();
    for (JsonNode line : JSON.readTree(answer.body()).get("indicators")) {
      ratings.put(
          line.get("code").asString(),
          line.get("rag").asString() + ": " + line.path("reason").asString(""));
    }
    return ratings;
  }

  private void imported(TestAccount as, String org, String kind, String csv) throws Exception {
    Multipart form =
        new Multipart().file("file", kind + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + org + "/imports/" + kind))
                .header("Authorization", as.bearer())
                .header("Content-Type", form.contentType())
                .POST(form.body())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(kind + ": " + answer.body()).isEqualTo(200);
  }

  private HttpResponse<String> send(TestAccount as, String method, String path, String body)
      throws Exception {
    return TestApi.send(port, as, method, path, body);
  }
}
