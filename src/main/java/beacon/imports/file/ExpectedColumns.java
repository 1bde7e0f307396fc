package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns a kind of import takes, and the check of a file's header against them: every required
 * column missing, every column not known and every heading written twice, all in one go, each as a
 * problem in row 1. Columns with no heading (the empty columns a spreadsheet leaves) are no
 * problem; what is written under them is not read.
 *
 * @param kind what the file holds, as the problems say it: "values"
 */
public record ExpectedColumns(String kind, List<String> required, List<String> optional) {

  public ExpectedColumns {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
  }

  /** Every column, required ones first, in the order the documentation lists them. */
  public List<String> all() {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }

  /** The problems with a header: none when it has every required column and no other. */
  public List<ImportProblem> check(String fileName, List<String> headings) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      if (!headings.get(i).isEmpty()) {
        positions.computeIfAbsent(headings.get(i), h -> new ArrayList<>()).add(i);
      }
    }
    for (String column : required) {
      if (!positions.containsKey(column)) {
        problems.add(
            new ImportProblem(
                fileName,
                1,
                column,
                "there is no column '" + column + "', which " + aFile() + " needs"));
      }
    }
    Set<String> known = new LinkedHashSet<>(all());
    for (Map.Entry<String, List<Integer>> heading : positions.entrySet()) {
      String name = heading.getKey();
      List<Integer> at = heading.getValue();
      if (!known.contains(name)) {
        problems.add(new ImportProblem(fileName, 1, name, unknown(name)));
      } else if (at.size() > 1) {
        problems.add(
            new ImportProblem(
                fileName,
                1,
                name,
                "the column '"
                    + name
                    + "' is in the header "
                    + at.size()
                    + " times (columns "
                    + letters(at)
                    + "): keep one"));
      }
    }
    return problems;
  }

  private String unknown(String heading) {
    String said = "'" + heading + "' is not a column of " + aFile();
    for (String column : all()) {
      if (normalised(column).equals(normalised(heading))) {
        return said + ": did you mean '" + column + "'?";
      }
    }
    return said + ": the columns are " + String.join(", ", all());
  }

  /** "a values file", "an indicators file". */
  private String aFile() {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind + " file";
  }

  /** "Indicator Code", "indicator-code" and "indicator_code" all normalise alike. */
  private static String normalised(String heading) {
    return heading.toLowerCase(Locale.UK).replaceAll("[\\s_\\-.]+", "");
  }

  private static String letters(List<Integer> columns) {
    List<String> letters = new ArrayList<>();
    for (int column : columns) {
      letters.add(letter(column));
    }
    return String.join(" and ", letters);
  }

  /** Column 0 is A, as a spreadsheet names it. */
  static String letter(int column) {
    StringBuilder letters = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
