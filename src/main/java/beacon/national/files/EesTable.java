package beacon.national.files;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Explore Education Statistics file read whole (the largest has 20,000 rows): its headings, its
 * rows and where each row stands in the file, with the questions asked of its columns. Each row is
 * read as {@link EesRow} reads a row of the layout.
 */
final class EesTable {

  private final String fileName;
  private final List<String> headings;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<List<String>> rows;
  private final List<Integer> rowNumbers;

  private EesTable(
      String fileName, List<String> headings, List<List<String>> rows, List<Integer> rowNumbers) {
    this.fileName = fileName;
    this.headings = headings;
    this.rows = rows;
    this.rowNumbers = rowNumbers;
    for (int column = 0; column < headings.size(); column++) {
      columns.putIfAbsent(headings.get(column), column);
    }
    for (String heading : EesColumns.REQUIRED) {
      if (!columns.containsKey(heading)) {
        throw new NationalFileException(
            fileName + " has no column \"" + heading + "\" (its headings: " + headings + ")");
      }
    }
  }

  /**
   * @throws NationalFileException naming the file, and the row, for a file that cannot be read
   */
  static EesTable read(String fileName, InputStream gzipped) {
    CsvRecords records = CsvRecords.ofGzipped(fileName, gzipped);
    List<String> headings = new ArrayList<>();
    for (String heading : records.header().headings()) {
      headings.add(heading.strip());
    }
    List<List<String>> rows = new ArrayList<>();
    List<Integer> rowNumbers = new ArrayList<>();
    List<String> row;
    while ((row = records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != headings.size()) {
        throw records.problem("expected " + headings.size() + " cells, found " + row.size());
      }
      rows.add(row);
      rowNumbers.add(records.recordNumber());
    }
    return new EesTable(fileName, headings, rows, rowNumbers);
  }

  List<List<String>> rows() {
    return rows;
  }

  String heading(int column) {
    return headings.get(column);
  }

  /** The cell's text; empty for a column the file does not have (-1). */
  String cell(int row, int column) {
    return column < 0 ? "" : rows.get(row).get(column);
  }

  /** The row read as the layout of the file says: its year, its place, its cells by heading. */
  EesRow row(int row) {
    List<String> cells = rows.get(row);
    return new EesRow(
        heading -> {
          Integer column = columns.get(heading);
          return column == null ? "" : cells.get(column);
        });
  }

  /** The row's number in the file, counting the header as 1. */
  int rowNumber(int row) {
    return rowNumbers.get(row);
  }

  /** A problem with a row, naming the file and the row. */
  NationalFileException problem(int row, String what) {
    return new NationalFileException(fileName + ", row " + rowNumber(row) + ": " + what);
  }

  /**
   * The measure columns, in the file's order: besides time and place, those whose every cell is a
   * figure, a time in years and months, a mark for a figure not published, or empty.
   */
  List<Integer> figureColumns() {
    List<Integer> figures = new ArrayList<>();
    for (int column : others()) {
      if (rows.stream().allMatch(row -> EesFigures.isFigureOrNone(row.get(column)))) {
        figures.add(column);
      }
    }
    return figures;
  }

  /**
   * The filter columns, in the file's order: the columns of words whose cells differ between two
   * rows of the same place and year. Rows about no place Beacon compares are not asked.
   *
   * @param placesOfRows each row's places, empty for a row about no such place
   */
  List<Integer> filterColumns(List<? extends List<?>> placesOfRows) {
    List<Integer> figures = figureColumns();
    List<Integer> filters = new ArrayList<>();
    for (int column : others()) {
      if (figures.contains(column)) {
        continue;
      }
      Map<List<Object>, String> seen = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        if (placesOfRows.get(i).isEmpty()) {
          continue;
        }
        String value = cell(i, column).strip();
        String before = seen.putIfAbsent(List.of(row(i).timePeriod(), placesOfRows.get(i)), value);
        if (before != null && !before.equals(value)) {
          filters.add(column);
          break;
        }
      }
    }
    return filters;
  }

  /** The columns besides time and place. */
  private List<Integer> others() {
    List<Integer> others = new ArrayList<>();
    for (int column = 0; column < headings.size(); column++) {
      if (EesColumns.isFilterOrMeasure(headings.get(column))) {
        others.add(column);
      }
    }
    return others;
  }
}
