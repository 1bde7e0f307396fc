package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.rules.period.Periods;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Committee papers from the demonstration councils, read back from the files Beacon makes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PapersIT extends EmbeddedDatabaseForTests {

  private static final String CHILDRENS = "Children's Services Portfolio - Cllr Warren Whyte: ";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Papers papers;

  @ParameterizedTest(name = "825 {0}: {1} Red or Amber and {2} Green")
  @CsvSource({"2017-18-Q4, 11, 6", "2018-19-Q2, 9, 5", "2022-23-Q4, 8, 7"})
  void anExceptionsPaperListsEveryRatedIndicatorUnderItsPortfolio(
      String period, int redOrAmber, int green) throws Exception {
    List<CSVRecord> rows = csv(get("exceptions", "org=825&period=" + period + "&format=csv"));

    assertThat(rows).hasSize(redOrAmber + green);
    assertThat(rows.stream().filter(row -> row.get("Section").endsWith(PaperSections.GOOD)))
        .hasSize(green)
        .allMatch(row -> row.get("RAG").equals("Green"));
    assertThat(rows.stream().filter(row -> row.get("Section").endsWith(PaperSections.LOWER)))
        .hasSize(redOrAmber)
        .allMatch(row -> row.get("RAG").equals("Red") || row.get("RAG").equals("Amber"));
  }

  @Test
  void anExceptionsPaperPrintsTheValueTheBenchmarksAndTheLagAsThePaperDid() throws Exception {
    List<CSVRecord> rows = csv(get("exceptions", "org=825&period=2018-19-Q2"));

    CSVRecord assessments = row(rows, "CSC-ASSESS-45");
    assertThat(assessments.get("Section")).isEqualTo(CHILDRENS + PaperSections.LOWER);
    assertThat(assessments.get("Current position as printed")).isEqualTo("51%");
    assertThat(assessments.get("Target as printed")).isEqualTo("82%");
    assertThat(assessments.get("RAG")).isEqualTo("Red");
    assertThat(assessments.get("Benchmarking"))
        .isEqualTo("Statistical Neighbours 81%, South East 84%, England 83%");
    assertThat(row(rows, "CSC-CPP-SECOND").get("Section"))
        .isEqualTo(CHILDRENS + PaperSections.GOOD);
    assertThat(row(rows, "EDU-EXCL-PRI").get("Lag note"))
        .isEqualTo(
            "This result is for the academic year 2016/17 because the data runs one year behind.");
  }

  @Test
  void aPortfolioPaperHoldsThatPortfolioOnly() throws Exception {
    List<CSVRecord> rows =
        csv(
            get(
                "exceptions",
                "org=825&period=2018-19-Q2&portfolio=Children%27s+Services+Portfolio"));

    assertThat(rows).isNotEmpty().allMatch(row -> row.get("Section").startsWith(CHILDRENS));
  }

  @Test
  void anExcelPaperHasNumbersAsNumbersAndColouredRatings() throws Exception {
    byte[] file = get("exceptions", "org=825&period=2018-19-Q2&format=xlsx").body();

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Performance report: Buckinghamshire, Q2 2018/19");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Generated on: ");
      assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2 + 1 + 14);
      Row header = sheet.getRow(ExcelPaper.HEADER_ROW);
      int value = ExcelRows.column(header, "Current position");
      int rag = ExcelRows.column(header, "RAG");
      int period = ExcelRows.column(header, "Period of the value");
      Row assessments = ExcelRows.withCode(sheet, "CSC-ASSESS-45");
      assertThat(assessments.getCell(value).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(assessments.getCell(value).getNumericCellValue())
          .as("51%% held as a percentage, as Excel holds one")
          .isEqualTo(0.51);
      assertThat(assessments.getCell(value).getCellStyle().getDataFormatString()).isEqualTo("0%");
      assertThat(assessments.getCell(period).getStringCellValue()).isEqualTo("Sep 2018");
      Cell ragCell = assessments.getCell(rag);
      assertThat(ragCell.getStringCellValue()).isEqualTo("Red");
      assertThat(((XSSFCellStyle) ragCell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex())
          .endsWith("F4CDC6");
    }
  }

  @Test
  void anExceptionsPdfReadsAsThePaperWithItsSectionsInOrderAndPageNumbers() throws Exception {
    HttpResponse<byte[]> response = get("exceptions", "org=825&period=2018-19-Q2&format=pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Performance report: Buckinghamshire, Q2 2018/19")
          .contains("Page 1 of " + pdf.getNumberOfPages())
          .contains("% assessments completed in 45 working days")
          .contains("Statistical Neighbours 81%, South East 84%, England 83%")
          .contains("This result is for the academic year 2016") // "2016/17" may wrap at its slash
          .contains("RED")
          .contains("GREEN");
      int childrens = text.indexOf("Children's Services Portfolio - Cllr Warren Whyte");
      int good = text.indexOf(PaperSections.GOOD, childrens);
      int lower = text.indexOf(PaperSections.LOWER, good);
      int education = text.indexOf("Education", lower);
      assertThat(childrens).isNotNegative();
      assertThat(good).isGreaterThan(childrens);
      assertThat(lower).isGreaterThan(good);
      assertThat(education).isGreaterThan(lower);
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  @Test
  void anExceptionsWordDocumentHasRealHeadingsAndEditableTables() throws Exception {
    HttpResponse<byte[]> response = get("exceptions", "org=825&period=2018-19-Q2&format=docx");

    assertThat(response.statusCode()).isEqualTo(200);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
      List<String> headings =
          word.getParagraphs().stream()
              .filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(headings)
          .containsExactly(
              "Children's Services Portfolio - Cllr Warren Whyte", "Education Portfolio");
      assertThat(word.getParagraphs().get(0).getStyle()).isEqualTo("Title");
      assertThat(word.getParagraphs().get(0).getText())
          .isEqualTo("Performance report: Buckinghamshire, Q2 2018/19");
      assertThat(word.getStyles().getStyle("Heading1")).isNotNull();
      assertThat(word.getTables()).hasSize(4);
      int rows = word.getTables().stream().mapToInt(table -> table.getNumberOfRows() - 1).sum();
      assertThat(rows).isEqualTo(14);
      XWPFTable lower = word.getTables().get(1);
      assertThat(lower.getRow(0).isRepeatHeader()).isTrue();
      assertThat(lower.getText()).contains("% assessments completed in 45 working days", "RED");
    }
  }

  @Test
  void anExceptionsWebPageHoldsTheSameTables() throws Exception {
    HttpResponse<byte[]> response = get("exceptions", "org=825&period=2018-19-Q2&format=html");

    String html = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(html).contains("<h2>Children&#39;s Services Portfolio - Cllr Warren Whyte</h2>");
    assertThat(html.split("<tr[ >]", -1)).hasSize(1 + 14 + 4);
  }

  @Test
  void aCommitteeSummaryWordsItsCountsAsWokinghamDid() {
    Paper paper =
        papers.paper(Layout.COMMITTEE_SUMMARY, "872", Periods.fromCode("2017-18-Q1"), null);

    assertThat(paper.countsInWords())
        .isEqualTo("three red indicators, four amber indicators and six green indicators");
    assertThat(paper.lines().stream().map(PaperLine::section).distinct())
        .containsExactly("Red", "Amber", "Green");
  }

  @ParameterizedTest(name = "{0} for {1} {2}")
  @CsvSource({
    "exceptions, 825, 2017-18-Q4",
    "exceptions, 825, 2018-19-Q2",
    "exceptions, 825, 2022-23-Q4",
    "scorecard, 825, 2017-18-Q4",
    "scorecard, 825, 2018-19-Q2",
    "scorecard, 825, 2022-23-Q4",
    "indicator-blocks, 825, 2017-18-Q4",
    "indicator-blocks, 825, 2018-19-Q2",
    "indicator-blocks, 825, 2022-23-Q4",
    "committee-summary, 825, 2017-18-Q4",
    "committee-summary, 825, 2018-19-Q2",
    "committee-summary, 825, 2022-23-Q4",
    "committee-summary, 872, 2017-18-Q1"
  })
  void everyLayoutsTablesHoldItsLinesInOrderWithTheirRatings(
      String layoutName, String organisation, String period) throws Exception {
    Paper paper =
        papers.paper(
            Layout.named(layoutName).orElseThrow(), organisation, Periods.fromCode(period), null);
    String query = "org=" + organisation + "&period=" + period;
    List<CSVRecord> rows = csv(get(layoutName, query + "&format=csv"));
    byte[] excel = get(layoutName, query + "&format=xlsx").body();

    List<String> expected =
        paper.lines().stream()
            .map(line -> line.heading() + " | " + line.code() + " | " + line.rag().word())
            .toList();
    assertThat(
            rows.stream()
                .map(row -> row.get("Section") + " | " + row.get("Code") + " | " + row.get("RAG")))
        .containsExactlyElementsOf(expected);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(ExcelPaper.HEADER_ROW);
      int section = ExcelRows.column(header, "Section");
      int code = ExcelRows.column(header, "Code");
      int rag = ExcelRows.column(header, "RAG");
      List<String> found = new java.util.ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > ExcelPaper.HEADER_ROW) {
          found.add(
              row.getCell(section).getStringCellValue()
                  + " | "
                  + row.getCell(code).getStringCellValue()
                  + " | "
                  + row.getCell(rag).getStringCellValue());
          assertThat(
                  ((XSSFCellStyle) row.getCell(rag).getCellStyle()).getFillForegroundColorColor())
              .isNotNull();
        }
      }
      assertThat(found).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void lowerPerformanceListsTheRedIndicatorsBeforeTheAmberOnesAsTheSeedDoes() throws Exception {
    List<CSVRecord> lower =
        csv(get("exceptions", "org=825&period=2018-19-Q2")).stream()
            .filter(row -> row.get("Section").equals(CHILDRENS + PaperSections.LOWER))
            .toList();

    assertThat(lower.stream().map(row -> row.get("RAG")))
        .containsExactly("Red", "Red", "Red", "Red", "Red", "Red", "Amber");
    assertThat(lower.get(6).get("Measure"))
        .isEqualTo("% of care leavers in employment, education, or training (EET)");
    assertThat(lower.stream().map(row -> row.get("Number")))
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
  }

  @Test
  void aScorecardTableCarriesItsFiveQuartersAsNumbersOrMarkers() throws Exception {
    byte[] file = get("scorecard", "org=825&period=2017-18-Q4&format=xlsx").body();
    List<CSVRecord> rows = csv(get("scorecard", "org=825&period=2017-18-Q4&format=csv"));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row repeatReferrals = ExcelRows.withCode(sheet, "CSC-REPEAT-REF");
      List<Double> quarters = new java.util.ArrayList<>();
      for (String quarter :
          List.of("Mar 2017", "Q1 Jun 2017", "Q2 Sep 2017", "Q3 Dec 2017", "Q4 Mar 2018")) {
        Cell cell =
            repeatReferrals.getCell(ExcelRows.column(sheet.getRow(ExcelPaper.HEADER_ROW), quarter));
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        quarters.add(cell.getNumericCellValue());
      }
      assertThat(quarters).containsExactly(0.30, 0.30, 0.35, 0.27, 0.36);
      Cell newIndicator =
          ExcelRows.withCode(sheet, "CSC-CPP-SECOND")
              .getCell(ExcelRows.column(sheet.getRow(ExcelPaper.HEADER_ROW), "Mar 2017"));
      assertThat(newIndicator.getStringCellValue()).isEqualTo("New");
    }
    assertThat(row(rows, "CSC-REPEAT-REF").get("Q4 Mar 2018")).isEqualTo("36%");
    assertThat(row(rows, "CSC-CPP-SECOND").get("Mar 2017")).isEqualTo("New");
  }

  @Test
  void aScorecardNumbersItsIndicatorsOneToSeventeenAcrossItsThemesAsTheCabinetScorecardDid() {
    Paper paper = papers.paper(Layout.SCORECARD, "825", Periods.fromCode("2017-18-Q4"), null);

    assertThat(paper.lines())
        .extracting(PaperLine::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
    assertThat(paper.lines().get(11).measure())
        .isEqualTo("% assessments completed in 45 working days");
    assertThat(paper.lines().get(11).section()).isEqualTo("Timeliness of the journey of the child");
  }

  @Test
  void anExceptionsPaperNumbersEachSectionFromOne() {
    Paper paper = papers.paper(Layout.EXCEPTIONS, "825", Periods.fromCode("2018-19-Q2"), null);

    assertThat(paper.lines())
        .extracting(PaperLine::number)
        .containsExactly(1, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 1, 2);
  }

  @Test
  void anUnknownLayoutOrFormatIsSaidPlainly() throws Exception {
    HttpResponse<byte[]> layout = get("minutes", "org=825&period=2018-19-Q2");
    HttpResponse<byte[]> format = get("exceptions", "org=825&period=2018-19-Q2&format=odt");
    HttpResponse<byte[]> portfolio =
        get("exceptions", "org=825&period=2018-19-Q2&portfolio=Highways");

    assertThat(layout.statusCode()).isEqualTo(404);
    assertThat(new String(layout.body())).contains("There is no paper layout 'minutes'");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(new String(format.body())).contains("'odt' is not one of them");
    HttpResponse<byte[]> meeting =
        get("committee-summary", "org=872&period=2017-18-Q1&format=pdf&meeting=12/09/2017");
    assertThat(meeting.statusCode()).isEqualTo(400);
    assertThat(new String(meeting.body())).contains("'12/09/2017' is not a date");
    assertThat(portfolio.statusCode()).isEqualTo(404);
    assertThat(new String(portfolio.body())).contains("no indicator of a portfolio 'Highways'");
  }

  private HttpResponse<byte[]> get(String layout, String query)
      throws IOException, InterruptedException {
    return PaperAddress.get(port, accounts.administrator().bearer(), layout, query);
  }

  private static List<CSVRecord> csv(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment");
    String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .as("a byte order mark first, so that Excel reads the file as UTF-8")
        .startsWith("\uFEFF");
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text.substring(1)))
        .getRecords();
  }

  private static CSVRecord row(List<CSVRecord> rows, String code) {
    return rows.stream().filter(row -> row.get("Code").equals(code)).findFirst().orElseThrow();
  }
}
