package beacon.imports;

/**
 * Something wrong in an imported file, said where it is: "values.csv, row 14, column value:
 * 'eighty' is not a number".
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's heading as the file writes it; empty for a whole row or the file
 */
public record ImportProblem(String file, int row, String column, String message) {

  public ImportProblem {
    column = column == null ? "" : column;
  }

  /** A problem with the whole file: its format, its size, its header. */
  public static ImportProblem inFile(String file, String message) {
    return new ImportProblem(file, 0, "", message);
  }

  /** The problem in one line, where first: "values.csv, row 14, column value: ...". */
  public String line() {
    StringBuilder where = new StringBuilder(file);
    if (row > 0) {
      where.append(", row ").append(row);
    }
    if (!column.isEmpty()) {
      where.append(", column ").append(column);
    }
    return where + ": " + message;
  }
}
