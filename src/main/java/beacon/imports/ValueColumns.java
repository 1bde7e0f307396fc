package beacon.imports;

import beacon.imports.file.CellFormatException;
import beacon.imports.file.Cells;
import beacon.imports.file.ExpectedColumns;
import beacon.imports.file.TableRow;
import beacon.indicator.Indicator;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a values file and how a row of one is read: {@code indicator_code, period, value,
 * numerator, denominator, marker, provisional, note}. Every problem of a row is said, not only the
 * first.
 */
public final class ValueColumns {

  public static final ExpectedColumns COLUMNS =
      new ExpectedColumns(
          "values",
          List.of("indicator_code", "period"),
          List.of("value", "numerator", "denominator", "marker", "provisional", "note"));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValueColumns() {}

  /**
   * The row read, or empty with its problems added.
   *
   * @param indicators the organisation's indicators by code
   */
  public static Optional<ValueRow> read(
      String file, TableRow row, Map<String, Indicator> indicators, List<ImportProblem> problems) {
    List<ImportProblem> found = new ArrayList<>(row.problems());
    String code = row.text("indicator_code");
    Indicator indicator = null;
    if (code.isEmpty()) {
      found.add(problem(file, row, "indicator_code", "the indicator's code is missing"));
    } else {
      indicator = indicators.get(code);
      if (indicator == null) {
        found.add(
            problem(file, row, "indicator_code", "there is no indicator '" + code + "' here"));
      }
    }
    Period period = null;
    String periodText = row.text("period");
    if (periodText.isEmpty()) {
      found.add(problem(file, row, "period", "the period is missing"));
    } else if (indicator != null) {
      try {
        period = Periods.parse(periodText, indicator.frequency());
      } catch (PeriodFormatException e) {
        found.add(problem(file, row, "period", e.getMessage()));
      }
    }
    BigDecimal value = number(file, row, "value", found);
    BigDecimal numerator = number(file, row, "numerator", found);
    BigDecimal denominator = number(file, row, "denominator", found);
    Marker marker = marker(file, row, found);
    Boolean provisional = yesOrNo(file, row, "provisional", found);
    if (value == null && marker == null && row.blank("value") && row.blank("marker")) {
      found.add(problem(file, row, "value", "give a value, or a marker such as New"));
    }
    if (value != null && marker != null) {
      found.add(problem(file, row, "marker", "give a value or a marker, not both"));
    }
    if ((numerator == null) != (denominator == null)
        && row.blank("numerator") != row.blank("denominator")) {
      found.add(
          problem(
              file,
              row,
              numerator == null ? "numerator" : "denominator",
              "give both the numerator and the denominator, or neither"));
    }
    if (value != null
        && indicator != null
        && indicator.unit() == Unit.PERCENT
        && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      found.add(
          problem(
              file,
              row,
              "value",
              "'"
                  + row.text("value")
                  + "' is outside 0-100, and "
                  + indicator.code()
                  + " is a percentage"));
    }
    if (!found.isEmpty()) {
      problems.addAll(found);
      return Optional.empty();
    }
    String note = row.text("note");
    return Optional.of(
        new ValueRow(
            row.number(),
            indicator.id(),
            indicator.code(),
            period,
            value != null ? Figure.of(value) : Figure.marked(marker),
            numerator,
            denominator,
            provisional != null && provisional,
            note.isEmpty() ? null : note));
  }

  /** A number as councils write it (85, 85.5, 85%, 1,234), or null when the cell is empty. */
  private static BigDecimal number(
      String file, TableRow row, String column, List<ImportProblem> found) {
    try {
      return Cells.optionalNumber(row.text(column)).orElse(null);
    } catch (CellFormatException e) {
      found.add(problem(file, row, column, e.getMessage()));
      return null;
    }
  }

  private static Marker marker(String file, TableRow row, List<ImportProblem> found) {
    try {
      return Cells.marker(row.text("marker")).orElse(null);
    } catch (CellFormatException e) {
      found.add(problem(file, row, "marker", e.getMessage()));
      return null;
    }
  }

  private static Boolean yesOrNo(
      String file, TableRow row, String column, List<ImportProblem> found) {
    try {
      return Cells.yesOrNo(row.text(column));
    } catch (CellFormatException e) {
      found.add(problem(file, row, column, e.getMessage()));
      return null;
    }
  }

  private static ImportProblem problem(String file, TableRow row, String column, String message) {
    return new ImportProblem(file, row.number(), column, message);
  }
}
