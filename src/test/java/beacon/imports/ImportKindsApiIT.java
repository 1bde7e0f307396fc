package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.indicator.Indicators;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/v1/imports/{kind}} takes each of the four kinds, and names them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportKindsApiIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;
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
        .contains("Beacon imports indicators, values, targets and benchmarks");
  }

  private HttpResponse<String> post(
      String kind, String organisation, boolean dryRun, String example) throws Exception {
    return send(kind, organisation, dryRun, example + "-example.csv", ImportFiles.bytes(example));
  }

  private HttpResponse<String> send(
      String kind, String organisation, boolean dryRun, String fileName, byte[] content)
      throws Exception {
    return Upload.post(
        port,
        kind,
        "org=" + organisation + "&dryRun=" + dryRun + "&by=Sam%20Officer",
        fileName,
        content);
  }
}
