package beacon.imports;

import beacon.indicator.Indicator;
import beacon.rules.rating.Unit;
import beacon.rules.value.CheckedValue;
import beacon.rules.value.GivenValue;
import beacon.rules.value.ValueField;
import beacon.rules.value.ValueProblem;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The limits a value in a values file does not keep, each said in the column it is in, quoting the
 * cell: "'30' is more than the denominator 20, and V1 is a percentage".
 */
final class ValueLimitProblems {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ValueLimitProblems() {}

  /** The column of a values file a part of the value is in. */
  static String column(ValueField part) {
    return part.name().toLowerCase(Locale.ROOT);
  }

  static void note(RowReader cells, Indicator indicator, GivenValue given, CheckedValue checked) {
    for (ValueProblem problem : checked.problems()) {
      String column = column(problem.field());
      cells.problem(
          column, said(problem, "'" + cells.text(column) + "'", indicator, given, checked));
    }
  }

  private static String said(
      ValueProblem problem,
      String cell,
      Indicator indicator,
      GivenValue given,
      CheckedValue checked) {
    return switch (problem) {
      case PERIOD_NOT_ENDED ->
          given.period().label()
              + " has not ended: its value can be imported from "
              + DAY.format(given.period().end().plusDays(1));
      case NO_VALUE -> "give a value, or a marker such as New";
      case VALUE_AND_MARKER -> "give a value or a marker, not both";
      case MARKER_AND_FRACTION ->
          "give a numerator and denominator with a value, not with a marker";
      case NO_NUMERATOR, NO_DENOMINATOR ->
          "give both the numerator and the denominator, or neither";
      case NEGATIVE_NUMERATOR -> cell + " is less than 0: a numerator counts something";
      case NEGATIVE_DENOMINATOR -> cell + " is less than 0: a denominator counts something";
      case ZERO_DENOMINATOR -> "the denominator is 0, which makes no figure";
      case NUMERATOR_OVER_DENOMINATOR ->
          cell
              + " is more than the denominator "
              + Unit.plain(given.denominator())
              + ", and "
              + indicator.code()
              + " is a percentage";
      case PERCENTAGE_OUT_OF_RANGE ->
          cell + " is outside 0-100, and " + indicator.code() + " is a percentage";
      case VALUE_DISAGREES ->
          cell
              + " does not match the numerator and denominator: "
              + Unit.plain(given.numerator())
              + " of "
              + Unit.plain(given.denominator())
              + " is "
              + Unit.plain(checked.fractionPercentage())
              + "%";
    };
  }
}
