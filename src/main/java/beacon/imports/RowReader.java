package beacon.imports;

import beacon.imports.file.CellFormatException;
import beacon.imports.file.Cells;
import beacon.imports.file.TableRow;
import beacon.indicator.Indicator;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.PeriodType;
import beacon.rules.period.Periods;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of an imported file being read, cell by cell: each reading method gives what the cell
 * says, or null with the problem noted, so that every problem of the row is said, not only the
 * first.
 */
final class RowReader {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String file;
  private final TableRow row;
  private final List<ImportProblem> found;

  RowReader(String file, TableRow row) {
    this.file = file;
    this.row = row;
    this.found = new ArrayList<>(row.problems());
  }

  /** The row's number as a spreadsheet shows it. */
  int number() {
    return row.number();
  }

  String text(String column) {
    return row.text(column);
  }

  /** The cell's text, or null when it is empty. */
  String optionalText(String column) {
    return row.blank(column) ? null : row.text(column);
  }

  boolean blank(String column) {
    return row.blank(column);
  }

  void problem(String column, String message) {
    found.add(new ImportProblem(file, row.number(), column, message));
  }

  boolean hasProblems() {
    return !found.isEmpty();
  }

  List<ImportProblem> problems() {
    return List.copyOf(found);
  }

  /** The cell's text; null, with the problem "the {what} is missing", when it is empty. */
  String required(String column, String what) {
    if (row.blank(column)) {
      problem(column, "the " + what + " is missing");
      return null;
    }
    return row.text(column);
  }

  /** The indicator the cell names, among the organisation's by code. */
  Indicator indicator(String column, Map<String, Indicator> indicators) {
    String code = required(column, "indicator's code");
    if (code == null) {
      return null;
    }
    Indicator indicator = indicators.get(code);
    if (indicator == null) {
      problem(column, "there is no indicator '" + code + "' here");
    }
    return indicator;
  }

  /**
   * The period the cell names, as a code or a label.
   *
   * @param yearKind how a year such as "2016/17" reads; null when the indicator is not known, and
   *     the period is then only checked to be there
   */
  Period period(String column, PeriodType yearKind) {
    String text = required(column, "period");
    if (text == null || yearKind == null) {
      return null;
    }
    try {
      return Periods.parse(text, yearKind);
    } catch (PeriodFormatException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  /** A number as councils write it (85, 85.5, 85%, 1,234), or null when the cell is empty. */
  BigDecimal number(String column) {
    try {
      return Cells.optionalNumber(row.text(column)).orElse(null);
    } catch (CellFormatException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  /** A number that must be there. */
  BigDecimal requiredNumber(String column, String what) {
    return row.blank(column) ? missing(column, what) : number(column);
  }

  private BigDecimal missing(String column, String what) {
    problem(column, "the " + what + " is missing");
    return null;
  }

  /** A day, or null when the cell is empty. */
  LocalDate date(String column) {
    try {
      return Cells.optionalDate(row.text(column)).orElse(null);
    } catch (CellFormatException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  Marker marker(String column) {
    try {
      return Cells.marker(row.text(column)).orElse(null);
    } catch (CellFormatException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  Boolean yesOrNo(String column) {
    try {
      return Cells.yesOrNo(row.text(column));
    } catch (CellFormatException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  /** Notes a figure of a percentage indicator outside 0-100. */
  void withinPercentage(String column, BigDecimal figure, Indicator indicator) {
    if (figure != null
        && indicator != null
        && indicator.unit() == Unit.PERCENT
        && (figure.signum() < 0 || figure.compareTo(HUNDRED) > 0)) {
      problem(
          column,
          "'"
              + row.text(column)
              + "' is outside 0-100, and "
              + indicator.code()
              + " is a percentage");
    }
  }

  /**
   * The thing a word names, the word read in any case with spaces, hyphens and underscores alike;
   * null, with the problem noted, when the cell is empty or names nothing known.
   *
   * @param words the words and what each names, in lower case with single spaces
   * @param what what the word names, as the problem says it: "a polarity"
   */
  <T> T word(String column, Map<String, T> words, String what) {
    String text = required(column, column.replace('_', ' '));
    if (text == null) {
      return null;
    }
    T named = words.get(text.toLowerCase(Locale.UK).replaceAll("[\\s_\\-]+", " ").strip());
    if (named == null) {
      problem(column, "'" + text + "' is not " + what + ": write " + listed(words));
    }
    return named;
  }

  /** The first word for each thing named, as the documentation lists them: "high, low or none". */
  private static <T> String listed(Map<String, T> words) {
    Map<T, String> first = new LinkedHashMap<>();
    words.forEach((word, named) -> first.putIfAbsent(named, word));
    List<String> said = new ArrayList<>(first.values());
    String last = said.remove(said.size() - 1);
    return said.isEmpty() ? last : String.join(", ", said) + " or " + last;
  }
}
