package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.indicator.Indicators;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/v1/organisations/{org}/imports/{kind}} takes each kind, and names them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportKindsApiIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired Indicators indicators;

  @Test
  void theExampleFilesOfTheSmallKindsImportThroughTheApi() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();

    HttpResponse<String> dryRun = post("indicators", council.code(), true, "indicators");
    assertThat(dryRun.statusCode()).isEqualTo(200);
    assertThat(dryRun.body()).contains("\"kind\":\"indicators\"", "\"added\":3");
    assertThat(indicators.allOf(council.id())).isEmpty();

    assertThat(post("indicators", council.code(), false, "indicators").body())
        .contains("\"written\":true");
    assertThat(post("targets", council.code(), false, "targets").body())
        .contains("\"kind\":\"targets\"", "\"added\":4", "\"written\":true");
    assertThat(post("benchmarks", council.code(), false, "benchmarks").body())
        .contains("\"kind\":\"benchmarks\"", "\"added\":7", "\"written\":true");
    assertThat(indicators.allOf(council.id())).hasSize(3);
  }

  @Test
  void aFileOfDfeStatisticsAsDownloadedGivesAnIndicatorItsNationalAndRegionalFigures()
      throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    byte[] c1;
    try (var in =
        getClass()
            .getResourceAsStream(
                "/imports/dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv")) {
      c1 = in.readAllBytes();
    }

    HttpResponse<String> imported =
        Upload.post(
            accounts.administrator(),
            port,
            "dfe-statistics",
            "org="
                + council.code()
                + "&by=Sam%20Officer&indicator=REREF&measure=rereferral_child_percent"
                + "&source=CIN%20Census",
            "c1.csv",
            c1);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body())
        .contains("\"kind\":\"dfe-statistics\"", "\"added\":26", "\"setAside\":2106");

    HttpResponse<String> badFilter =
        Upload.post(
            accounts.administrator(),
            port,
            "dfe-statistics",
            "org=" + council.code() + "&by=Sam&indicator=REREF&measure=x&filter=Referrals",
            "c1.csv",
            c1);

    assertThat(badFilter.statusCode()).isEqualTo(400);
    assertThat(badFilter.body())
        .contains("The filter 'Referrals' does not say its column and value");
  }

  @Test
  void aFileWithAProblemAnswers422WithWhere() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");

    HttpResponse<String> refused =
        send(
            "targets",
            council.code(),
            false,
            "targets.csv",
            "indicator_code,period,target\nX1,2024/25,lots\n".getBytes(StandardCharsets.UTF_8));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("targets.csv, row 2, column target: 'lots' is not a number");
  }

  @Test
  void anUnknownKindIsNotFoundAndTheFourKindsAreNamed() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();

    HttpResponse<String> unknown =
        send(
            "commentary",
            council.code(),
            false,
            "c.csv",
            "code\n".getBytes(StandardCharsets.UTF_8));

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body())
        .contains("Beacon imports indicators, values, targets, benchmarks and dfe-statistics");
  }

  private HttpResponse<String> post(
      String kind, String organisation, boolean dryRun, String example) throws Exception {
    return send(kind, organisation, dryRun, example + "-example.csv", ImportFiles.bytes(example));
  }

  private HttpResponse<String> send(
      String kind, String organisation, boolean dryRun, String fileName, byte[] content)
      throws Exception {
    return Upload.post(
        accounts.administrator(),
        port,
        kind,
        "org=" + organisation + "&dryRun=" + dryRun + "&by=Sam%20Officer",
        fileName,
        content);
  }
}
