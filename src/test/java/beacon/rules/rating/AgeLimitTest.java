package beacon.rules.rating;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Month;
import beacon.rules.period.Period;
import org.junit.jupiter.api.Test;

/**
 * A council rates a value at most so many periods behind the newest its report could show; an older
 * one is shown but not rated, saying its own period.
 */
class AgeLimitTest {

  private static final AgeLimit ONE_BEHIND = new AgeLimit(1);
  private static final FinancialQuarter Q3_2024 = new FinancialQuarter(2024, 3);

  @Test
  void aQuarterlyValueOneQuarterBehindIsStillRated() {
    assertThat(ONE_BEHIND.tooOld(new FinancialQuarter(2024, 2), Q3_2024, 0)).isEmpty();
    assertThat(ONE_BEHIND.tooOld(new FinancialQuarter(2024, 3), Q3_2024, 0)).isEmpty();
  }

  @Test
  void aQuarterlyValueTwoQuartersBehindIsNotRatedAndSaysItsPeriod() {
    assertThat(ONE_BEHIND.tooOld(new FinancialQuarter(2024, 1), Q3_2024, 0))
        .contains(
            "the value is for Q1 2024/25, more than 1 quarter behind Q3 2024/25, the newest a"
                + " report for Q3 2024/25 could show");
  }

  @Test
  void aLaggedIndicatorIsHeldOnlyToThePeriodsWhoseFiguresCouldBeOut() {
    // a year's figures out three months after it ends: Q3 2024/25's report shows 2023/24 at best
    assertThat(new AgeLimit(0).tooOld(new FinancialYear(2023), Q3_2024, 3)).isEmpty();
    assertThat(new AgeLimit(0).tooOld(new FinancialYear(2022), Q3_2024, 3))
        .contains(
            "the value is for 2022/23, more than 0 years behind 2023/24, the newest a report for"
                + " Q3 2024/25 could show");
  }

  @Test
  void theLimitCountsInTheValuesOwnPeriods() {
    assertThat(new AgeLimit(2).tooOld(Month.of(2024, 10), Q3_2024, 0)).isEmpty();
    assertThat(new AgeLimit(2).tooOld(Month.of(2024, 9), Q3_2024, 0))
        .hasValueSatisfying(reason -> assertThat(reason).contains("more than 2 months behind"));
  }

  @Test
  void aLimitIsFromNoneToSixtyPeriods() {
    assertThatThrownBy(() -> new AgeLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AgeLimit(61)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOlderValueIsNeverRatedWhereANewerOneIsNot() {
    forAll(
        draw -> {
          AgeLimit limit = new AgeLimit(draw.integer(0, 6));
          Period report = new FinancialQuarter(draw.integer(2015, 2030), draw.integer(1, 4));
          int lag = draw.integer(0, 12);
          Period newer = new FinancialQuarter(draw.integer(2012, 2030), draw.integer(1, 4));
          Period older = newer;
          for (int i = draw.integer(0, 8); i > 0; i--) {
            older = older.previous();
          }
          if (limit.tooOld(newer, report, lag).isPresent()) {
            assertThat(limit.tooOld(older, report, lag)).isPresent();
          }
        });
  }

  @Test
  void aValueWithinTheLimitOfTheNewestIsRated() {
    forAll(
        draw -> {
          int periods = draw.integer(0, 6);
          Period report = new FinancialQuarter(draw.integer(2015, 2030), draw.integer(1, 4));
          int lag = draw.integer(0, 12);
          Period value =
              beacon.rules.period.LatestAvailable.periodFor(
                  beacon.rules.period.PeriodType.FINANCIAL_QUARTER, report, lag);
          for (int i = draw.integer(0, periods); i > 0; i--) {
            value = value.previous();
          }
          assertThat(new AgeLimit(periods).tooOld(value, report, lag)).isEmpty();
        });
  }
}
