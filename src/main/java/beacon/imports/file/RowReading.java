package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the cells read from one line or sheet row into a {@link TableRow} under the headings. */
final class RowReading {

  private final String fileName;
  private final List<String> headings;

  RowReading(String fileName, List<String> headings) {
    this.fileName = fileName;
    this.headings = headings;
  }

  /** A heading as the table gives it: trimmed, lower case, without a byte order mark. */
  static List<String> headings(List<String> texts) {
    List<String> headings = new ArrayList<>(texts.size());
    for (String text : texts) {
      headings.add(trimmed(text.replace("\uFEFF", "")).toLowerCase(Locale.UK));
    }
    int last = headings.size();
    while (last > 0 && headings.get(last - 1).isEmpty()) {
      last--;
    }
    return List.copyOf(headings.subList(0, last));
  }

  /** The text without spaces around it, non-breaking spaces included. */
  static String trimmed(String text) {
    return text == null ? "" : text.replace('\u00A0', ' ').strip();
  }

  static boolean blank(List<String> texts) {
    for (String text : texts) {
      if (!trimmed(text).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row, with a problem when it has filled cells beyond the last heading; empty cells there (a
   * spreadsheet's trailing separators) are no problem.
   */
  TableRow row(int number, List<String> texts, List<ImportProblem> problems) {
    Map<String, String> cells = new LinkedHashMap<>();
    List<String> surplus = new ArrayList<>();
    int lastFilled = -1;
    for (int i = 0; i < texts.size(); i++) {
      String text = trimmed(texts.get(i));
      if (i < headings.size()) {
        cells.putIfAbsent(headings.get(i), text);
      } else if (!text.isEmpty()) {
        surplus.add(text);
        lastFilled = i;
      }
    }
    for (String heading : headings) {
      cells.putIfAbsent(heading, "");
    }
    List<ImportProblem> all = new ArrayList<>(problems);
    if (!surplus.isEmpty()) {
      all.add(
          new ImportProblem(
              fileName,
              number,
              "",
              "the row has cells in "
                  + (lastFilled + 1)
                  + " columns but the header has "
                  + headings.size()
                  + " headings: nothing is read from "
                  + quoted(surplus)
                  + " (is a separator or a quote missing?)"));
    }
    return new TableRow(number, cells, all);
  }

  private static String quoted(List<String> texts) {
    List<String> quoted = new ArrayList<>();
    for (String text : texts) {
      quoted.add("'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
    }
    return String.join(", ", quoted);
  }
}
