package beacon.entry;

import beacon.rules.rating.Unit;
import beacon.rules.value.CheckedValue;
import beacon.rules.value.GivenValue;
import beacon.rules.value.ValueProblem;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.validation.Errors;

/** The limits a value on the form does not keep, each as the error of the field it is in. */
final class ValueErrors {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ValueErrors() {}

  static void reject(Errors errors, GivenValue given, CheckedValue checked) {
    for (ValueProblem problem : checked.problems()) {
      errors.rejectValue(
          problem.field().name().toLowerCase(Locale.ROOT),
          code(problem),
          arguments(problem, given, checked),
          problem.name());
    }
  }

  private static String code(ValueProblem problem) {
    return switch (problem) {
      case PERIOD_NOT_ENDED -> "entry.value.error.notEnded";
      case NO_VALUE -> "entry.value.error.missing";
      case VALUE_AND_MARKER -> "entry.value.error.both";
      case MARKER_AND_FRACTION -> "entry.value.error.markerWithFraction";
      case NO_NUMERATOR -> "entry.value.error.numerator.missing";
      case NO_DENOMINATOR -> "entry.value.error.denominator.missing";
      case NEGATIVE_NUMERATOR -> "entry.value.error.numerator.negative";
      case NEGATIVE_DENOMINATOR -> "entry.value.error.denominator.negative";
      case ZERO_DENOMINATOR -> "entry.value.error.denominator.zero";
      case NUMERATOR_OVER_DENOMINATOR -> "entry.value.error.numerator.more";
      case PERCENTAGE_OUT_OF_RANGE -> "entry.value.error.percent";
      case VALUE_DISAGREES -> "entry.value.error.mismatch";
    };
  }

  private static Object[] arguments(ValueProblem problem, GivenValue given, CheckedValue checked) {
    return switch (problem) {
      case PERIOD_NOT_ENDED ->
          new Object[] {given.period().label(), DAY.format(given.period().end())};
      case NUMERATOR_OVER_DENOMINATOR ->
          new Object[] {Unit.plain(given.numerator()), Unit.plain(given.denominator())};
      case VALUE_DISAGREES ->
          new Object[] {
            Unit.plain(given.value()) + "%",
            Unit.plain(given.numerator()),
            Unit.plain(given.denominator()),
            Unit.plain(checked.fractionPercentage()) + "%"
          };
      default -> null;
    };
  }
}
