package beacon.imports;

import beacon.imports.file.ExpectedColumns;
import beacon.imports.file.TableRow;
import beacon.indicator.Indicator;
import beacon.rules.period.Period;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Marker;
import java.math.BigDecimal;
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

  private ValueColumns() {}

  /**
   * The row read, or empty with its problems added.
   *
   * @param indicators the organisation's indicators by code
   */
  public static Optional<ValueRow> read(
      String file, TableRow row, Map<String, Indicator> indicators, List<ImportProblem> problems) {
    RowReader cells = new RowReader(file, row);
    Indicator indicator = cells.indicator("indicator_code", indicators);
    Period period = cells.period("period", indicator == null ? null : indicator.frequency());
    BigDecimal value = cells.number("value");
    BigDecimal numerator = cells.number("numerator");
    BigDecimal denominator = cells.number("denominator");
    Marker marker = cells.marker("marker");
    Boolean provisional = cells.yesOrNo("provisional");
    if (value == null && marker == null && row.blank("value") && row.blank("marker")) {
      cells.problem("value", "give a value, or a marker such as New");
    }
    if (value != null && marker != null) {
      cells.problem("marker", "give a value or a marker, not both");
    }
    if ((numerator == null) != (denominator == null)
        && row.blank("numerator") != row.blank("denominator")) {
      cells.problem(
          numerator == null ? "numerator" : "denominator",
          "give both the numerator and the denominator, or neither");
    }
    cells.withinPercentage("value", value, indicator);
    if (cells.hasProblems()) {
      problems.addAll(cells.problems());
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
}
