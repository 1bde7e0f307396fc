package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.util.List;
import java.util.Map;

/**
 * A row of an imported table: its cells by column heading (headings lower case, trimmed), each
 * cell's text trimmed, an empty cell as "".
 *
 * <p>A row the reader could only partly make sense of (more cells than the header has headings, a
 * formula Excel never calculated) is still given, with what is wrong in {@link #problems()}: the
 * caller reports those for the row and goes on to the next.
 *
 * @param number the row's number as a spreadsheet shows it: the header is row 1
 * @param problems what is wrong with the row as read, each naming the file, row and column
 */
public record TableRow(int number, Map<String, String> cells, List<ImportProblem> problems) {

  public TableRow {
    problems = List.copyOf(problems);
  }

  /** A row read without problems. */
  public TableRow(int number, Map<String, String> cells) {
    this(number, cells, List.of());
  }

  /** The cell's text, or "" when the row has no such column or the cell is empty. */
  public String text(String column) {
    String text = cells.get(column);
    return text == null ? "" : text;
  }

  public boolean blank(String column) {
    return text(column).isEmpty();
  }

  /** Whether the row was read whole, with nothing in {@link #problems()}. */
  public boolean readWhole() {
    return problems.isEmpty();
  }
}
