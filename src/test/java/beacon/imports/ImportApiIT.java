package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestCouncils;
import beacon.imports.file.WorkbookFiles;
import beacon.rules.period.FinancialQuarter;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files uploaded to {@code POST /api/v1/organisations/{org}/imports/values}, as councils save them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportApiIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  @Test
  void theExampleFileIsCheckedByADryRunThenImported() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");
    byte[] example = example();

    HttpResponse<String> dryRun = post(council.code(), true, "values-example.csv", example);
    assertThat(dryRun.statusCode()).isEqualTo(200);
    assertThat(dryRun.body())
        .contains("\"dryRun\":true", "\"added\":2", "\"changed\":1", "\"written\":false")
        .contains("\"was\":\"75%\"", "\"becomes\":\"82%\"");
    assertThat(values.seriesFor(council.indicatorId("V1"))).hasSize(1);

    HttpResponse<String> imported = post(council.code(), false, "values-example.csv", example);
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(imported.body()).contains("\"written\":true");
    List<IndicatorValue> series = values.seriesFor(council.indicatorId("V1"));
    assertThat(series).hasSize(3);
    assertThat(series.get(1).provisional()).isTrue();
    assertThat(series.get(2).figure().marker()).hasToString("NEW");
  }

  @Test
  void anExcelWorkbookImportsLikeItsCsv() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    try (XSSFWorkbook excel = new XSSFWorkbook()) {
      Sheet sheet = excel.createSheet("Values");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("indicator_code");
      header.createCell(1).setCellValue("period");
      header.createCell(2).setCellValue("value");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("V1");
      row.createCell(1).setCellValue("Q1 2024/25");
      row.createCell(2).setCellValue(82.5);
      sheet.createRow(5);
      excel.write(workbook);
    }

    HttpResponse<String> imported =
        post(council.code(), false, "values.xlsx", workbook.toByteArray());

    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("82.5"));
  }

  @Test
  void aWindowsFileWithSemicolonsAndPoundSignsReadsRight() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");
    byte[] windows =
        ("indicator_code;period;value;note\r\nV1;Q1 2024/25;82;Cost £1,200 a place\r\n;;;\r\n")
            .getBytes(Charset.forName("windows-1252"));

    HttpResponse<String> imported = post(council.code(), false, "values.csv", windows);

    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(values.seriesFor(council.indicatorId("V1")).get(0).note())
        .isEqualTo("Cost £1,200 a place");
  }

  @Test
  void aFileOfIndicatorsAskedToCreateWhatIsMissingAddsItAndNoOtherKindMayAsk() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();
    byte[] file =
        ("code,title,polarity,unit,frequency,portfolio,priority,theme\n"
                + "EHCP-20,EHCPs issued within 20 weeks,high,percent,quarterly,SEND,Inclusion,"
                + "Plans\n")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> created =
        Upload.post(
            accounts.administrator(),
            port,
            "indicators",
            "org=" + council.code() + "&createMissing=true",
            "indicators.csv",
            file);
    HttpResponse<String> refused =
        Upload.post(
            accounts.administrator(),
            port,
            "values",
            "org=" + council.code() + "&createMissing=true",
            "values.csv",
            "indicator_code,period,value\n".getBytes(StandardCharsets.UTF_8));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(created.body()).contains("\"added\":1");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("it is for a file of indicators only");
  }

  @Test
  void aFileWithProblemsIsRefusedWithEveryProblemAndChangesNothing() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");
    byte[] file =
        ("indicator_code,period,value\nV1,Q1 2024/25,82\nV2,Q2 2024/25,85\nV1,Q3 2024/25,x\n")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> refused = post(council.code(), false, "values.csv", file);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(refused.body())
        .contains("\"problemCount\":2")
        .contains("values.csv, row 3, column indicator_code: there is no indicator 'V2' here")
        .contains("values.csv, row 4, column value: 'x' is not a number");
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("75"));
  }

  @Test
  void aWorkbookWithAValueForAPeriodThatHasNotEndedIsRefusedAndChangesNothing() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    try (XSSFWorkbook excel = new XSSFWorkbook()) {
      Sheet sheet = excel.createSheet("Values");
      String[][] rows = {
        {"indicator_code", "period", "value", "numerator", "denominator"},
        {"V1", "Q1 2024/25", "82", "", ""},
        {"V1", "2031-32-Q1", "85", "", ""},
        {"V1", "Q2 2024/25", "", "30", "20"}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (r > 0 && c >= 2 && !rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          } else {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      excel.write(workbook);
    }

    HttpResponse<String> refused =
        post(council.code(), false, "values.xlsx", workbook.toByteArray());

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("\"problemCount\":2")
        .contains(
            "values.xlsx, row 3, column period: Q1 2031/32 has not ended: its value can be"
                + " imported from 1 July 2031")
        .contains(
            "values.xlsx, row 4, column numerator: '30' is more than the denominator 20, and V1"
                + " is a percentage");
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("75"));
  }

  @Test
  void aFileBeaconCannotReadIsSaidByName() throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");

    HttpResponse<String> refused =
        post(council.code(), false, "values.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> unknownKind = post("indicators-of-old", council.code(), "v.csv");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("values.pdf: the file is not one Beacon can read");
    assertThat(unknownKind.statusCode()).isEqualTo(404);
  }

  @Test
  void aWorkbookPastExcelsOwnLimitsIsRefusedSayingWhichAndChangesNothing() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");
    String header =
        "<row r=\"1\">"
            + inline("A1", "indicator_code")
            + inline("B1", "period")
            + inline("C1", "value")
            + inline("D1", "note")
            + "</row>";
    String correction =
        "<row r=\"2\">"
            + inline("A2", "V1")
            + inline("B2", "Q1 2024/25")
            + "<c r=\"C2\"><v>99</v></c>";
    byte[] longCell =
        new WorkbookFiles()
            .sheet(
                xml ->
                    xml.write(
                        "<sheetData>"
                            + header
                            + correction
                            + inline("D2", "a".repeat(40_000))
                            + "</row></sheetData>"))
            .bytes();
    byte[] pastLastRow =
        new WorkbookFiles()
            .sheet(
                xml ->
                    xml.write(
                        "<sheetData>"
                            + header
                            + correction
                            + "</row><row r=\"1048577\">"
                            + inline("A1048577", "V1")
                            + "</row></sheetData>"))
            .bytes();

    HttpResponse<String> tooLong = post(council.code(), false, "values.xlsx", longCell);
    HttpResponse<String> tooFar = post(council.code(), false, "values.xlsx", pastLastRow);

    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(tooLong.body())
        .contains(
            "values.xlsx, row 2: cell D2 holds more than 32,767 characters, the most a cell of"
                + " Excel holds");
    assertThat(tooFar.statusCode()).isEqualTo(422);
    assertThat(tooFar.body())
        .contains("values.xlsx: the sheet has a row 1048577, past Excel's last row (1048576)");
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .singleElement()
        .satisfies(value -> assertThat(value.figure().number()).isEqualByComparingTo("75"));
  }

  private static String inline(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static byte[] example() throws IOException {
    try (InputStream in = ImportApiIT.class.getResourceAsStream("/imports/values-example.csv")) {
      return in.readAllBytes();
    }
  }

  private HttpResponse<String> post(String kind, String organisation, String fileName)
      throws Exception {
    return send(kind, organisation, false, fileName, "indicator_code,period\n".getBytes());
  }

  private HttpResponse<String> post(
      String organisation, boolean dryRun, String fileName, byte[] content) throws Exception {
    return send("values", organisation, dryRun, fileName, content);
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
