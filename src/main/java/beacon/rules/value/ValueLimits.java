package beacon.rules.value;

import beacon.rules.rating.Figure;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The limits a value keeps however it is given, on the value form or in a values file: a period
 * that has ended; a value or a marker, not both; a numerator and denominator together, counts of 0
 * or more with a denominator above 0; and for a percentage, a figure from 0 to 100, a numerator no
 * more than its denominator, and a value that is what they make (to the indicator's decimal
 * places). A percentage left empty is worked out from its numerator and denominator.
 */
public final class ValueLimits {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValueLimits() {}

  /**
   * The value checked against the limits of an indicator's unit, on the day given.
   *
   * @param decimalPlaces the indicator's decimal places, to which a percentage is worked out
   */
  public static CheckedValue check(
      GivenValue given, Unit unit, int decimalPlaces, LocalDate today) {
    List<ValueProblem> problems = new ArrayList<>();
    boolean percent = unit == Unit.PERCENT;
    if (given.period() != null && !given.period().hasEnded(today)) {
      problems.add(ValueProblem.PERIOD_NOT_ENDED);
    }
    BigDecimal fraction = fractionProblems(given, percent, decimalPlaces, problems);
    Figure figure = null;
    if (given.marker() != null) {
      if (given.value() != null) {
        problems.add(ValueProblem.VALUE_AND_MARKER);
      } else if (given.numerator() != null || given.denominator() != null) {
        problems.add(ValueProblem.MARKER_AND_FRACTION);
      }
      figure = Figure.marked(given.marker());
    } else if (given.value() != null) {
      valueProblems(given.value(), percent, decimalPlaces, fraction, problems);
      figure = Figure.of(given.value());
    } else if (percent && fraction != null) {
      figure = Figure.of(fraction);
    } else if (!given.unreadable(ValueField.VALUE)
        && !given.unreadable(ValueField.MARKER)
        && !(percent && given.hasFraction())) {
      problems.add(ValueProblem.NO_VALUE);
    }
    problems.sort(Comparator.comparing(ValueProblem::field));
    return problems.isEmpty()
        ? new CheckedValue(figure, fraction, List.of())
        : new CheckedValue(null, fraction, problems);
  }

  /**
   * Notes what is wrong with the numerator and denominator.
   *
   * @return the percentage they make, when they make one within the limits; null otherwise
   */
  private static BigDecimal fractionProblems(
      GivenValue given, boolean percent, int decimalPlaces, List<ValueProblem> problems) {
    BigDecimal numerator = given.numerator();
    BigDecimal denominator = given.denominator();
    if (numerator != null && denominator == null && !given.unreadable(ValueField.DENOMINATOR)) {
      problems.add(ValueProblem.NO_DENOMINATOR);
    }
    if (denominator != null && numerator == null && !given.unreadable(ValueField.NUMERATOR)) {
      problems.add(ValueProblem.NO_NUMERATOR);
    }
    boolean counts = true;
    if (numerator != null && numerator.signum() < 0) {
      problems.add(ValueProblem.NEGATIVE_NUMERATOR);
      counts = false;
    }
    if (denominator != null && denominator.signum() < 0) {
      problems.add(ValueProblem.NEGATIVE_DENOMINATOR);
      counts = false;
    } else if (denominator != null && denominator.signum() == 0) {
      problems.add(ValueProblem.ZERO_DENOMINATOR);
      counts = false;
    }
    if (numerator == null || denominator == null || !counts) {
      return null;
    }
    if (percent && numerator.compareTo(denominator) > 0) {
      problems.add(ValueProblem.NUMERATOR_OVER_DENOMINATOR);
      return null;
    }
    return percent ? percentage(numerator, denominator, decimalPlaces) : null;
  }

  private static void valueProblems(
      BigDecimal value,
      boolean percent,
      int decimalPlaces,
      BigDecimal fraction,
      List<ValueProblem> problems) {
    if (!percent) {
      return;
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      problems.add(ValueProblem.PERCENTAGE_OUT_OF_RANGE);
    } else if (fraction != null
        && value.setScale(decimalPlaces, RoundingMode.HALF_UP).compareTo(fraction) != 0) {
      problems.add(ValueProblem.VALUE_DISAGREES);
    }
  }

  /** The percentage a numerator makes of a denominator above 0, to the decimal places given. */
  public static BigDecimal percentage(
      BigDecimal numerator, BigDecimal denominator, int decimalPlaces) {
    return numerator.multiply(HUNDRED).divide(denominator, decimalPlaces, RoundingMode.HALF_UP);
  }
}
