package beacon.imports;

import beacon.imports.file.ExpectedColumns;
import beacon.imports.file.TableRow;
import beacon.indicator.Indicator;
import beacon.rules.period.Period;
import beacon.rules.rating.Marker;
import beacon.rules.value.CheckedValue;
import beacon.rules.value.GivenValue;
import beacon.rules.value.ValueField;
import beacon.rules.value.ValueLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
   * The row read, or empty with its problems added. The value keeps the limits it keeps however it
   * is given ({@link ValueLimits}); a percentage left empty is worked out from its numerator and
   * denominator.
   *
   * @param indicators the organisation's indicators by code
   * @param today the day by which the value's period must have ended
   */
  public static Optional<ValueRow> read(
      String file,
      TableRow row,
      Map<String, Indicator> indicators,
      LocalDate today,
      List<ImportProblem> problems) {
    RowReader cells = new RowReader(file, row);
    Indicator indicator = cells.indicator("indicator_code", indicators);
    Period period = cells.period("period", indicator == null ? null : indicator.frequency());
    Set<ValueField> unreadable = EnumSet.noneOf(ValueField.class);
    BigDecimal value = number(cells, ValueField.VALUE, unreadable);
    BigDecimal numerator = number(cells, ValueField.NUMERATOR, unreadable);
    BigDecimal denominator = number(cells, ValueField.DENOMINATOR, unreadable);
    Marker marker = cells.marker("marker");
    if (marker == null && !cells.blank("marker")) {
      unreadable.add(ValueField.MARKER);
    }
    Boolean provisional = cells.yesOrNo("provisional");
    CheckedValue checked = null;
    if (indicator != null) {
      GivenValue given = new GivenValue(period, value, marker, numerator, denominator, unreadable);
      checked = ValueLimits.check(given, indicator.unit(), indicator.decimalPlaces(), today);
      ValueLimitProblems.note(cells, indicator, given, checked);
    }
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
            checked.figure(),
            numerator,
            denominator,
            provisional != null && provisional,
            note.isEmpty() ? null : note));
  }

  /** The number in the part's column; null, noting the part as unreadable, when it is not one. */
  private static BigDecimal number(RowReader cells, ValueField part, Set<ValueField> unreadable) {
    String column = ValueLimitProblems.column(part);
    BigDecimal number = cells.number(column);
    if (number == null && !cells.blank(column)) {
      unreadable.add(part);
    }
    return number;
  }
}
