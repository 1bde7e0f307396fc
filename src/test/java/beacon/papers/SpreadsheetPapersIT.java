package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A paper's Excel and CSV files as a clerk opens and prints them: columns wide enough to read, long
 * text wrapped, figures shown as printed, a sheet that prints one page wide with its header row on
 * each page, indicator blocks' trend figures kept, and a CSV Excel reads as UTF-8.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpreadsheetPapersIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void anExcelPaperReadsAndPrintsAsThePaperDoes() throws Exception {
    try (XSSFWorkbook workbook = excel("exceptions", "org=825&period=2018-19-Q2")) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(ExcelPaper.HEADER_ROW);
      int commentary = ExcelRows.column(header, "Commentary");
      int measure = ExcelRows.column(header, "Measure");
      int target = ExcelRows.column(header, "Target");

      assertThat(sheet.getColumnWidth(commentary) / 256).isGreaterThanOrEqualTo(60);
      assertThat(sheet.getColumnWidth(measure) / 256).isGreaterThanOrEqualTo(30);
      Row first = sheet.getRow(ExcelPaper.HEADER_ROW + 1);
      assertThat(first.getCell(commentary).getCellStyle().getWrapText()).isTrue();
      assertThat(((XSSFCellStyle) header.getCell(commentary).getCellStyle()).getFont().getBold())
          .isTrue();
      assertThat(first.getCell(target).getCellStyle().getDataFormatString()).endsWith("%");
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
      assertThat(sheet.getRepeatingColumns().formatAsString())
          .as("each printed page has the indicator's number, code and measure again")
          .isEqualTo("B:D");
      assertThat(first.getHeightInPoints())
          .as("a row tall enough for its commentary")
          .isGreaterThan(4 * 15);
      assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P of &N");
      assertThat(sheet.getHeader().getCenter()).contains("Buckinghamshire");
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
          .isEqualTo((short) (ExcelPaper.HEADER_ROW + 1));
      assertThat(workbook.getProperties().getCoreProperties().getCreator())
          .isEqualTo("Buckinghamshire");
    }
  }

  @Test
  void aFigureIsShownAsThePaperPrintsIt() throws Exception {
    try (XSSFWorkbook workbook = excel("indicator-blocks", "org=825&period=2022-23-Q4")) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(ExcelPaper.HEADER_ROW);
      Row ehcps = ExcelRows.withCode(sheet, "SEND-EHCP-20WK");
      Cell value = ehcps.getCell(ExcelRows.column(header, "Current position"));
      Row attainment = ExcelRows.withCode(sheet, "EDU-KS4-A8-DIS");
      Cell score = attainment.getCell(ExcelRows.column(header, "Current position"));

      assertThat(value.getNumericCellValue())
          .isCloseTo(0.822, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(score.getNumericCellValue()).isEqualTo(37.4);
      assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }
  }

  @Test
  void indicatorBlocksKeepEachTrendFigureInExcelAndCsv() throws Exception {
    List<String> trend = new ArrayList<>();
    try (XSSFWorkbook workbook = excel("indicator-blocks", "org=825&period=2022-23-Q4")) {
      XSSFSheet sheet = workbook.getSheet(ExcelPaper.TREND_SHEET);
      assertThat(texts(sheet.getRow(ExcelPaper.HEADER_ROW)))
          .containsExactlyElementsOf(ExcelPaper.TREND_HEADINGS);
      for (Row row : sheet) {
        if (row.getRowNum() > ExcelPaper.HEADER_ROW
            && row.getCell(0).getStringCellValue().equals("CSC-REREF-Q")) {
          trend.add(
              row.getCell(2).getStringCellValue()
                  + " "
                  + Math.round(row.getCell(3).getNumericCellValue() * 100)
                  + " "
                  + Math.round(row.getCell(4).getNumericCellValue() * 100)
                  + " "
                  + row.getCell(5).getStringCellValue());
        }
      }
    }
    String csv = csv("indicator-blocks", "org=825&period=2022-23-Q4");

    assertThat(trend)
        .containsExactly(
            "Q1 2021/22 32 28 Red",
            "Q2 2021/22 35 28 Red",
            "Q3 2021/22 32 28 Red",
            "Q4 2021/22 34 28 Red",
            "Q1 2022/23 40 28 Red",
            "Q2 2022/23 38 28 Red",
            "Q3 2022/23 44 28 Red",
            "Q4 2022/23 37 28 Red");
    assertThat(csv)
        .contains(",Trend\r\n")
        .contains(
            "Q1 2021/22: 32% against a target of 28%, Red; Q2 2021/22: 35% against a target of 28%,"
                + " Red;");
  }

  @Test
  void aCsvPaperOpensInExcelWithItsQuotesAndDashesAsTheyAre() throws Exception {
    HttpResponse<byte[]> response = get("exceptions", "org=825&period=2018-19-Q2&format=csv");
    byte[] body = response.body();

    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(body, StandardCharsets.UTF_8).substring(1)).startsWith("Section,");
  }

  private XSSFWorkbook excel(String layout, String query) throws Exception {
    HttpResponse<byte[]> response = get(layout, query + "&format=xlsx");
    assertThat(response.statusCode()).isEqualTo(200);
    return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
  }

  private String csv(String layout, String query) throws Exception {
    HttpResponse<byte[]> response = get(layout, query + "&format=csv");
    assertThat(response.statusCode()).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> get(String layout, String query) throws Exception {
    return PaperAddress.get(port, accounts.administrator().bearer(), layout, query);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }
}
