package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.value.IndicatorValues;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A values file imported through the API leaves every value it adds or corrects in the audit trail,
 * as the audit API reads it for the indicator: who, what it was and what it became, and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportedValuesAuditIT extends EmbeddedDatabaseForTests {

  private static final String HEADER = "indicator_code,period,value\n";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  @Test
  void everyValueAFileAddsIsInItsIndicatorsTrailWithWhoAddedIt() throws Exception {
    TestCouncils.TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("V1", "80").withQuarterlyIndicator("V2", "80");
    TestAccounts.TestAccount importer = accounts.administrator();

    HttpResponse<String> imported =
        post(
            importer,
            council.code(),
            HEADER
                + "V1,Q1 2023/24,71\nV1,Q2 2023/24,72\nV2,Q1 2023/24,61\nV1,Q3 2023/24,73\n"
                + "V2,Q2 2023/24,62\n");

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"added\":5", "\"written\":true");
    List<String> v1 = lines(importer, council.code(), "V1");
    assertThat(v1)
        .containsExactlyInAnyOrder(
            importer.username() + " INSERT V1 value: → 71; period_code: → 2023-24-Q1",
            importer.username() + " INSERT V1 value: → 72; period_code: → 2023-24-Q2",
            importer.username() + " INSERT V1 value: → 73; period_code: → 2023-24-Q3");
    assertThat(lines(importer, council.code(), "V2")).hasSize(2);
  }

  @Test
  void aCorrectionByImportShowsTheOldValueAndTheNewWithTheReason() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");
    TestAccounts.TestAccount importer = accounts.administrator();

    HttpResponse<String> imported =
        post(
            importer,
            council.code(),
            HEADER + "V1,Q2 2024/25,85\nV1,Q1 2024/25,82\n",
            "&reason=Validated%20figures");

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"added\":1", "\"changed\":1", "\"written\":true");
    assertThat(lines(importer, council.code(), "V1"))
        .contains(
            importer.username()
                + " UPDATE V1 value: 75 → 82; source: → Imported from values.csv by "
                + importer.account().name()
                + " (Validated figures)",
            importer.username()
                + " INSERT V1 value: → 85; period_code: → 2024-25-Q2 (Validated figures)");
    assertThat(values.history(council.indicatorId("V1"), "2024-25-Q1")).hasSize(2);
  }

  @Test
  void aFileRepeatingARowIsRefusedSayingWhichAndWritesNothing() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");
    TestAccounts.TestAccount importer = accounts.administrator();

    HttpResponse<String> refused =
        post(importer, council.code(), HEADER + "V1,Q1 2024/25,82\nV1,Q1 2024/25,83\n");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("row 3").contains("row 2");
    assertThat(values.seriesFor(council.indicatorId("V1"))).isEmpty();
    assertThat(lines(importer, council.code(), "V1")).isEmpty();
  }

  private HttpResponse<String> post(
      TestAccounts.TestAccount as, String organisation, String csv, String... more)
      throws Exception {
    return Upload.post(
        as,
        port,
        "values",
        "org=" + organisation + String.join("", more),
        "values.csv",
        csv.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The indicator's changes of values as the audit API gives them: "who ACTION code field: before →
   * after; ... (reason)", only the period and value of an addition.
   */
  private List<String> lines(TestAccounts.TestAccount as, String organisation, String indicator)
      throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/api/v1/organisations/"
                                + organisation
                                + "/audit?indicator="
                                + indicator))
                    .header("Authorization", as.bearer())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    for (JsonNode item : JsonMapper.builder().build().readTree(page.body()).get("items")) {
      if (!item.get("what").asString().toLowerCase(java.util.Locale.UK).contains("value")) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (JsonNode field : item.get("changes")) {
        String name = field.get("field").asString();
        boolean added = item.get("action").asString().equals("INSERT");
        if (added && !name.equals("period_code") && !name.equals("value")) {
          continue;
        }
        fields.add(
            name
                + ": "
                + (given(field, "before") ? field.get("before").asString() + " " : "")
                + "→ "
                + (given(field, "after") ? field.get("after").asString() : ""));
      }

      lines.add(
          item.get("username").asString()
              + " "
              + item.get("action").asString()
              + " "
              + item.get("indicator").asString()
              + " "
              + String.join("; ", fields)
              + (given(item, "reason") ? " (" + item.get("reason").asString() + ")" : ""));
    }
    return lines;
  }

  private static boolean given(JsonNode node, String name) {
    return node.has(name) && !node.get(name).isNull();
  }
}
