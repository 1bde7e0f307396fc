package beacon.rules.value;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Month;
import beacon.rules.period.Period;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueLimitsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static final Period Q1 = new FinancialQuarter(2024, 1);

  @Test
  void refusesAPercentageOfThirtyOutOfTwentyRatherThanWorkOut150() {
    CheckedValue checked = percent(GivenValue.of(Q1, null, null, n("30"), n("20")));

    assertThat(checked.problems()).containsExactly(ValueProblem.NUMERATOR_OVER_DENOMINATOR);
    assertThat(checked.figure()).isNull();
  }

  @Test
  void worksOutAPercentageFromItsNumeratorAndDenominator() {
    CheckedValue checked = percent(GivenValue.of(Q1, null, null, n("122"), n("182")));

    assertThat(checked.isWithinLimits()).isTrue();
    assertThat(checked.figure().number()).isEqualByComparingTo("67");
  }

  @Test
  void refusesAValueForAPeriodThatHasNotEnded() {
    Period future = new FinancialQuarter(2031, 1);
    Period thisQuarter = FinancialQuarter.containing(TODAY);
    Period lastMonth = Month.of(2026, 10);

    assertThat(percent(GivenValue.of(future, n("80"), null, null, null)).problems())
        .containsExactly(ValueProblem.PERIOD_NOT_ENDED);
    assertThat(percent(GivenValue.of(thisQuarter, n("80"), null, null, null)).problems())
        .containsExactly(ValueProblem.PERIOD_NOT_ENDED);
    assertThat(percent(GivenValue.of(lastMonth, n("80"), null, null, null)).isWithinLimits())
        .isTrue();
  }

  @Test
  void aPeriodEndsAtTheEndOfItsLastDay() {
    Period september = Month.of(2026, 9);

    assertThat(
            ValueLimits.check(
                    GivenValue.of(september, n("5"), null, null, null),
                    Unit.NUMBER,
                    0,
                    LocalDate.of(2026, 9, 30))
                .problems())
        .containsExactly(ValueProblem.PERIOD_NOT_ENDED);
    assertThat(
            ValueLimits.check(
                    GivenValue.of(september, n("5"), null, null, null),
                    Unit.NUMBER,
                    0,
                    LocalDate.of(2026, 10, 1))
                .isWithinLimits())
        .isTrue();
  }

  @Test
  void refusesNegativeCountsAndADenominatorOf0() {
    assertThat(percent(GivenValue.of(Q1, null, null, n("-3"), n("20"))).problems())
        .containsExactly(ValueProblem.NEGATIVE_NUMERATOR);
    assertThat(percent(GivenValue.of(Q1, null, null, n("3"), n("-20"))).problems())
        .containsExactly(ValueProblem.NEGATIVE_DENOMINATOR);
    assertThat(percent(GivenValue.of(Q1, null, null, n("0"), n("0"))).problems())
        .containsExactly(ValueProblem.ZERO_DENOMINATOR);
    assertThat(number(GivenValue.of(Q1, n("4"), null, n("-8"), n("2"))).problems())
        .containsExactly(ValueProblem.NEGATIVE_NUMERATOR);
  }

  @Test
  void refusesAPercentageOutside0To100AndOneThatDisagreesWithItsFraction() {
    assertThat(percent(GivenValue.of(Q1, n("120"), null, null, null)).problems())
        .containsExactly(ValueProblem.PERCENTAGE_OUT_OF_RANGE);
    assertThat(percent(GivenValue.of(Q1, n("-1"), null, null, null)).problems())
        .containsExactly(ValueProblem.PERCENTAGE_OUT_OF_RANGE);
    assertThat(percent(GivenValue.of(Q1, n("80"), null, n("122"), n("182"))).problems())
        .containsExactly(ValueProblem.VALUE_DISAGREES);
    assertThat(percent(GivenValue.of(Q1, n("67.4"), null, n("122"), n("182"))).isWithinLimits())
        .isTrue();
  }

  @Test
  void aNumberMayCountMoreThanItsDenominator() {
    CheckedValue caseload = number(GivenValue.of(Q1, n("18.5"), null, n("370"), n("20")));

    assertThat(caseload.isWithinLimits()).isTrue();
    assertThat(caseload.figure().number()).isEqualByComparingTo("18.5");
  }

  @Test
  void aNumberIsNotWorkedOutFromItsFraction() {
    assertThat(number(GivenValue.of(Q1, null, null, n("370"), n("20"))).problems())
        .containsExactly(ValueProblem.NO_VALUE);
  }

  @Test
  void takesAMarkerInPlaceOfAValueButNotBesideOne() {
    assertThat(percent(GivenValue.of(Q1, null, Marker.NEW, null, null)).figure().marker())
        .isEqualTo(Marker.NEW);
    assertThat(percent(GivenValue.of(Q1, n("80"), Marker.NEW, null, null)).problems())
        .containsExactly(ValueProblem.VALUE_AND_MARKER);
    assertThat(percent(GivenValue.of(Q1, null, Marker.NEW, n("1"), n("2"))).problems())
        .containsExactly(ValueProblem.MARKER_AND_FRACTION);
  }

  @Test
  void namesTheMissingHalfOfAFraction() {
    assertThat(percent(GivenValue.of(Q1, n("50"), null, n("1"), null)).problems())
        .containsExactly(ValueProblem.NO_DENOMINATOR);
    assertThat(percent(GivenValue.of(Q1, n("50"), null, null, n("2"))).problems())
        .containsExactly(ValueProblem.NO_NUMERATOR);
  }

  @Test
  void saysNothingMoreOfAPartThatCouldNotBeRead() {
    GivenValue unreadableDenominator =
        new GivenValue(Q1, null, null, n("1"), null, Set.of(ValueField.DENOMINATOR));
    GivenValue unreadableValue =
        new GivenValue(Q1, null, null, null, null, Set.of(ValueField.VALUE));

    assertThat(percent(unreadableDenominator).problems()).isEmpty();
    assertThat(percent(unreadableDenominator).figure()).isNull();
    assertThat(percent(unreadableValue).problems()).isEmpty();
    assertThat(percent(GivenValue.of(Q1, null, null, null, null)).problems())
        .containsExactly(ValueProblem.NO_VALUE);
  }

  @Test
  void saysEveryProblemInTheOrderOfTheParts() {
    GivenValue given =
        GivenValue.of(new FinancialQuarter(2031, 1), n("150"), null, n("-1"), n("0"));

    assertThat(percent(given).problems())
        .containsExactly(
            ValueProblem.PERIOD_NOT_ENDED,
            ValueProblem.PERCENTAGE_OUT_OF_RANGE,
            ValueProblem.NEGATIVE_NUMERATOR,
            ValueProblem.ZERO_DENOMINATOR);
  }

  @Test
  void aPercentageWithinTheLimitsIsFrom0To100HoweverItIsGiven() {
    for (int numerator = -5; numerator <= 60; numerator++) {
      for (int denominator = -5; denominator <= 60; denominator++) {
        for (int decimalPlaces = 0; decimalPlaces <= 2; decimalPlaces++) {
          CheckedValue checked =
              ValueLimits.check(
                  GivenValue.of(Q1, null, null, n(numerator + ".5"), n(denominator + "")),
                  Unit.PERCENT,
                  decimalPlaces,
                  TODAY);
          if (checked.isWithinLimits()) {
            assertThat(checked.figure().number())
                .as("%s.5 of %s", numerator, denominator)
                .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
          }
        }
      }
    }
  }

  @Test
  void noValueIsWithinTheLimitsBeforeItsPeriodEnds() {
    for (int days = 0; days <= 800; days++) {
      LocalDate day = TODAY.plusDays(days);
      for (Period open :
          List.of(
              FinancialQuarter.containing(day),
              Month.of(day.getYear(), day.getMonthValue()),
              FinancialYear.containing(day))) {
        assertThat(percent(GivenValue.of(open, n("80"), null, null, null)).problems())
            .as(open.code())
            .contains(ValueProblem.PERIOD_NOT_ENDED);
      }
    }
  }

  private static CheckedValue percent(GivenValue given) {
    return ValueLimits.check(given, Unit.PERCENT, 0, TODAY);
  }

  private static CheckedValue number(GivenValue given) {
    return ValueLimits.check(given, Unit.NUMBER, 1, TODAY);
  }

  private static BigDecimal n(String number) {
    return new BigDecimal(number);
  }
}
