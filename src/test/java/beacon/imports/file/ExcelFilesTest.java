package beacon.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelFilesTest {

  private static final long LIMIT = 1024 * 1024;

  /** A workbook as a council's officer makes one: a notes sheet first, then the values. */
  static byte[] valuesWorkbook() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet values = workbook.createSheet("Values");
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

      Row header = values.createRow(0);
      String[] headings = {
        " Indicator_Code", "Period", "Value", "Share", "Recorded", "Total", "Provisional"
      };
      for (int i = 0; i < headings.length; i++) {
        header.createCell(i).setCellValue(headings[i]);
      }
      Row first = values.createRow(1);
      first.createCell(0).setCellValue("CSC-01");
      first.createCell(1).setCellValue("Q4 2022/23");
      first.createCell(2).setCellValue(0.1);
      first.createCell(3).setCellValue(0.85);
      first.getCell(3).setCellStyle(percent);
      first.createCell(4).setCellValue(LocalDate.of(2023, 3, 31));
      first.getCell(4).setCellStyle(date);
      first.createCell(5).setCellFormula("C2*10+0.2");
      first.createCell(6).setCellValue(true);

      Row second = values.createRow(2);
      second.createCell(0).setCellValue("17");
      second.createCell(1).setCellValue("Mar 2018");
      second.createCell(2).setCellValue(85);
      second.createCell(3).setCellValue(0.855);
      second.getCell(3).setCellStyle(percent);
      second.createCell(4).setCellValue(LocalDateTime.of(2018, 3, 31, 9, 30));
      second.getCell(4).setCellStyle(dateTime);
      second.createCell(5).setCellValue(1234567.5);
      second.createCell(6).setCellValue("no");

      // blank trailing rows: formatted but empty, and an empty string
      values.createRow(3).createCell(2).setCellStyle(percent);
      values.createRow(4).createCell(0).setCellValue("  ");
      values.createRow(8).createCell(1).setCellStyle(date);

      workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("About this file");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static Table open(byte[] file, String sheet) {
    return TableFiles.open("values.xlsx", new ByteArrayInputStream(file), sheet, LIMIT);
  }

  private static List<TableRow> rows(Table table) {
    List<TableRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    return rows;
  }

  @Test
  void readsTheFirstSheetWithNumbersPercentagesDatesAndFormulasWrittenPlainly() throws IOException {
    try (Table table = open(valuesWorkbook(), null)) {
      assertThat(table.headings())
          .containsExactly(
              "indicator_code", "period", "value", "share", "recorded", "total", "provisional");
      List<TableRow> rows = rows(table);
      assertThat(rows).extracting(TableRow::number).containsExactly(2, 3);

      TableRow first = rows.get(0);
      assertThat(first.text("indicator_code")).isEqualTo("CSC-01");
      assertThat(first.text("period")).isEqualTo("Q4 2022/23");
      assertThat(first.text("value")).isEqualTo("0.1");
      assertThat(first.text("share")).isEqualTo("85%");
      assertThat(first.text("recorded")).isEqualTo("2023-03-31");
      assertThat(first.text("total")).as("0.1 * 10 + 0.2, by its saved result").isEqualTo("1.2");
      assertThat(first.text("provisional")).isEqualTo("TRUE");
      assertThat(first.readWhole()).isTrue();

      TableRow second = rows.get(1);
      assertThat(second.text("indicator_code")).isEqualTo("17");
      assertThat(second.text("value")).isEqualTo("85");
      assertThat(second.text("share")).isEqualTo("85.5%");
      assertThat(second.text("recorded")).isEqualTo("2018-03-31T09:30");
      assertThat(second.text("total")).isEqualTo("1234567.5");
      assertThat(second.text("provisional")).isEqualTo("no");
    }
  }

  @Test
  void readsTheSheetNamedWhateverItsCase() throws IOException {
    try (Table table = open(valuesWorkbook(), "notes")) {
      assertThat(table.headings()).containsExactly("about this file");
      assertThat(rows(table)).isEmpty();
    }
  }

  @Test
  void refusesASheetThatIsNotThereNamingTheSheetsThatAre() {
    assertThatThrownBy(() -> open(valuesWorkbook(), "Targets"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "values.xlsx: there is no sheet 'Targets' in the workbook: its sheets are 'Values',"
                + " 'Notes'");
  }

  @Test
  void givesAFormulaExcelNeverCalculatedAsAProblemOfItsRow() throws IOException {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Values");
      sheet.createRow(0).createCell(0).setCellValue("value");
      sheet.createRow(1).createCell(0).setCellFormula("1+1");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      file = out.toByteArray();
    }
    try (Table table = open(file, null)) {
      TableRow row = rows(table).get(0);
      assertThat(row.problems())
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.line())
                      .isEqualTo(
                          "values.xlsx, row 2: cell A2 has a formula with no saved result: open"
                              + " the file in Excel and save it again"));
    }
  }

  @Test
  void refusesBytesThatAreNotAWorkbook() {
    assertThatThrownBy(() -> open("code,value\n".getBytes(), null))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith(
            "values.xlsx: the file cannot be read as an Excel workbook (.xlsx): open it in Excel"
                + " and save it again as Excel Workbook or as CSV");
  }

  @Test
  void refusesAWorkbookOverTheLimit() {
    assertThatThrownBy(
            () ->
                TableFiles.open(
                    "values.xlsx", new ByteArrayInputStream(valuesWorkbook()), null, 1000))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("values.xlsx: the file is larger than the 1000 bytes limit");
  }
}
