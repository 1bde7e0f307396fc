package beacon.papers;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finds the columns and indicator rows of a paper's Excel sheet, below its header row. */
final class ExcelRows {

  private ExcelRows() {}

  static Row header(Sheet sheet) {
    return sheet.getRow(ExcelPaper.HEADER_ROW);
  }

  static int column(Row header, String heading) {
    for (Cell cell : header) {
      if (cell.getStringCellValue().equals(heading)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("No column " + heading);
  }

  /** The indicator's row, by its code. */
  static Row withCode(Sheet sheet, String code) {
    int codeColumn = column(header(sheet), "Code");
    for (Row row : sheet) {
      if (row.getRowNum() > ExcelPaper.HEADER_ROW
          && row.getCell(codeColumn).getStringCellValue().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("No row " + code);
  }
}
