package beacon.imports;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.Draw;
import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever a file holds, the import answers with a report or with its problems, never an error of
 * its own, and a file it refuses changes nothing. Files are drawn at random ({@link beacon.Laws}):
 * random bytes, and CSV put together from the pieces real files go wrong with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportLawsIT extends EmbeddedDatabaseForTests {

  private static final int FILES = 120;

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  @Test
  void randomBytesAreRefusedOrReadButNeverBreakTheImport() throws Exception {
    TestCouncils.TestCouncil council = aCouncil();
    forAll(
        FILES,
        draw ->
            assertRefusedWithoutChangeOrImported(
                council, draw.of("values.csv", "values.xlsx", "values.txt"), draw.bytes(0, 2000)));
  }

  @Test
  void malformedCsvIsRefusedWholeOrImportedWhole() throws Exception {
    TestCouncils.TestCouncil council = aCouncil();
    forAll(
        FILES,
        draw -> {
          String header =
              draw.of(
                  "indicator_code,period,value,numerator,denominator,marker,provisional,note",
                  "indicator_code,period,value",
                  "indicator_code;period;value",
                  "period,value",
                  "indicator_code,period,value,value",
                  "");
          List<String> lines =
              draw.list(0, 12, d -> String.join(",", d.list(0, 9, ImportLawsIT::cell)));
          String csv = header + "\n" + String.join("\n", lines);
          assertRefusedWithoutChangeOrImported(
              council, "values.csv", csv.getBytes(StandardCharsets.UTF_8));
        });
  }

  /** A cell of a values file: the pieces real files go wrong with, or anything. */
  private static String cell(Draw draw) {
    return draw.oneOf(
        d ->
            d.of(
                "V1",
                "V2",
                "",
                "Q1 2024/25",
                "Q2 2024/25",
                "2024-25-Q3",
                "Q5 2024/25",
                "Mar 2018",
                "82",
                "85%",
                "1,234",
                "-3",
                "eighty",
                "New",
                "yes",
                "\"quoted, with comma\"",
                "\"unclosed",
                "=SUM(A1)",
                ";",
                "\t"),
        d -> d.anyText(12));
  }

  private TestCouncils.TestCouncil aCouncil() {
    return councils
        .aCouncil()
        .withQuarterlyIndicator("V1", "80")
        .withValue("V1", new FinancialQuarter(2024, 1), "75");
  }

  private void assertRefusedWithoutChangeOrImported(
      TestCouncils.TestCouncil council, String fileName, byte[] content) throws Exception {
    List<IndicatorValue> before = values.seriesFor(council.indicatorId("V1"));

    HttpResponse<String> answer = post(council.code(), fileName, content);

    assertThat(answer.statusCode())
        .as("the answer to %s of %d bytes: %s", fileName, content.length, answer.body())
        .isIn(200, 422);
    if (answer.statusCode() == 422) {
      assertThat(answer.body()).contains("\"problems\"");
      assertThat(values.seriesFor(council.indicatorId("V1"))).isEqualTo(before);
    }
  }

  private HttpResponse<String> post(String organisation, String fileName, byte[] content)
      throws Exception {
    return Upload.post(
        accounts.administrator(),
        port,
        "values",
        "org=" + organisation + "&by=Laws&reason=Random",
        fileName,
        content);
  }
}
