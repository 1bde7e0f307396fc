package beacon.rules.period;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LatestAvailableTest {

  private static final FinancialQuarter Q4_2017_18 = new FinancialQuarter(2017, 4);
  private static final FinancialQuarter Q2_2018_19 = new FinancialQuarter(2018, 2);

  @Test
  void aMonthlySnapshotReportsTheLastMonthOfTheQuarter() {
    List<Period> months = List.of(Month.of(2017, 12), Month.of(2018, 3), Month.of(2018, 4));
    assertThat(LatestAvailable.of(months, Function.identity(), Q4_2017_18, 0))
        .contains(Month.of(2018, 3));
  }

  @Test
  void dataThatRunsOneYearBehindReportsTheYearBeforeLast() {
    List<Period> years =
        List.of(new AcademicYear(2015), new AcademicYear(2016), new AcademicYear(2017));
    assertThat(LatestAvailable.of(years, Function.identity(), Q2_2018_19, 12))
        .contains(new AcademicYear(2016));
    assertThat(LatestAvailable.of(years, Function.identity(), Q2_2018_19, 0))
        .contains(new AcademicYear(2017));
    assertThat(LatestAvailable.isBehind(new AcademicYear(2016), Q2_2018_19)).isTrue();
  }

  @Test
  void anAnnualResultStaysTheLatestUntilTheNextYearEnds() {
    List<Period> years = List.of(new AcademicYear(2020), new AcademicYear(2021));
    assertThat(LatestAvailable.of(years, Function.identity(), new FinancialQuarter(2022, 4), 0))
        .contains(new AcademicYear(2021));
  }

  @Test
  void nothingIsAvailableBeforeTheFirstValue() {
    assertThat(
            LatestAvailable.of(
                List.<Period>of(Month.of(2019, 1)), Function.identity(), Q4_2017_18, 0))
        .isEmpty();
  }

  @Test
  void aTargetForTheQuarterWinsOverOneForTheYear() {
    List<Period> targets =
        List.of(new FinancialYear(2022), new FinancialQuarter(2022, 4), new FinancialYear(2021));
    assertThat(Covering.narrowest(targets, Function.identity(), Month.of(2023, 3)))
        .contains(new FinancialQuarter(2022, 4));
    assertThat(Covering.narrowest(targets, Function.identity(), Month.of(2022, 9)))
        .contains(new FinancialYear(2022));
    assertThat(Covering.narrowest(targets, Function.identity(), Month.of(2020, 9))).isEmpty();
  }

  @Test
  void aValueIsFirstReportedInTheQuarterItsPeriodEndsInOrOnceItsLagHasPassed() {
    assertThat(LatestAvailable.firstReportingQuarter(Month.of(2018, 1), 0)).isEqualTo(Q4_2017_18);
    assertThat(LatestAvailable.firstReportingQuarter(new FinancialQuarter(2017, 4), 0))
        .isEqualTo(Q4_2017_18);
    assertThat(LatestAvailable.firstReportingQuarter(new FinancialYear(2016), 12))
        .isEqualTo(Q4_2017_18);
    assertThat(LatestAvailable.firstReportingQuarter(new AcademicYear(2016), 12))
        .isEqualTo(Q2_2018_19);
  }

  @Test
  void theFirstReportingQuarterIsTheFirstWhoseReportCanShowTheValue() {
    forAll(
        draw -> {
          Period value = PeriodLawsTest.periods(draw);
          int lag = draw.integer(0, 24);
          FinancialQuarter first = LatestAvailable.firstReportingQuarter(value, lag);
          assertThat(LatestAvailable.of(List.of(value), Function.identity(), first, lag))
              .contains(value);
          assertThat(LatestAvailable.of(List.of(value), Function.identity(), first.previous(), lag))
              .isEmpty();
        });
  }
}
