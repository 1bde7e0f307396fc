package beacon.rules.round;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.AcademicYear;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Month;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which value a round asks of an indicator, by its frequency and lag, and when it is in. */
class DueValueTest {

  private static final FinancialQuarter Q4_2022_23 = new FinancialQuarter(2022, 4);
  private static final FinancialQuarter Q3_2022_23 = new FinancialQuarter(2022, 3);

  @Test
  void asksAQuarterlyIndicatorForTheQuarterItself() {
    assertThat(DueValue.of(PeriodType.FINANCIAL_QUARTER, 0, Q4_2022_23))
        .map(DueValue::valuePeriod)
        .contains(Q4_2022_23);
  }

  @Test
  void asksAMonthlyIndicatorForTheQuartersLastMonth() {
    assertThat(DueValue.of(PeriodType.MONTH, 0, Q4_2022_23))
        .map(DueValue::valuePeriod)
        .contains(Month.of(2023, 3));
  }

  @Test
  void asksAYearlyIndicatorOnlyInTheQuarterItsYearEnds() {
    assertThat(DueValue.of(PeriodType.FINANCIAL_YEAR, 0, Q4_2022_23))
        .map(DueValue::valuePeriod)
        .contains(new FinancialYear(2022));
    assertThat(DueValue.of(PeriodType.FINANCIAL_YEAR, 0, Q3_2022_23)).isEmpty();
  }

  @Test
  void asksAnIndicatorThatRunsAYearBehindForTheYearBefore() {
    FinancialQuarter q2 = new FinancialQuarter(2018, 2);

    assertThat(DueValue.of(PeriodType.ACADEMIC_YEAR, 12, q2))
        .map(DueValue::valuePeriod)
        .contains(new AcademicYear(2016));
    assertThat(DueValue.of(PeriodType.ACADEMIC_YEAR, 12, q2.next())).isEmpty();
  }

  @Test
  void isMetByAValueForItsPeriodButNotByAnOlderOne() {
    DueValue due = DueValue.of(PeriodType.FINANCIAL_QUARTER, 0, Q4_2022_23).orElseThrow();

    assertThat(due.isMetBy(List.<Period>of(Q3_2022_23), Function.identity())).isFalse();
    assertThat(due.isMetBy(List.<Period>of(Q3_2022_23, Q4_2022_23), Function.identity())).isTrue();
  }

  @Test
  void isNotMetByAValueForALaterPeriod() {
    DueValue due = DueValue.of(PeriodType.FINANCIAL_QUARTER, 0, Q3_2022_23).orElseThrow();

    assertThat(due.isMetBy(List.<Period>of(Q4_2022_23), Function.identity())).isFalse();
  }
}
