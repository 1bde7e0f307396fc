package beacon.imports.file;

import java.util.Map;

/**
 * A row of an imported table: its cells by column heading (headings lower case, trimmed), each
 * cell's text trimmed, an empty cell as "".
 *
 * @param number the row's number as a spreadsheet shows it: the header is row 1
 */
public record TableRow(int number, Map<String, String> cells) {

  /** The cell's text, or "" when the row has no such column or the cell is empty. */
  public String text(String column) {
    String text = cells.get(column);
    return text == null ? "" : text;
  }

  public boolean blank(String column) {
    return text(column).isEmpty();
  }
}
