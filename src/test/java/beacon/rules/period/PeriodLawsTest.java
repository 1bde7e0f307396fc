package beacon.rules.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PeriodLawsTest {

  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2090);
    return Arbitraries.oneOf(
        years.map(FinancialYear::new),
        years.flatMap(
            y -> Arbitraries.integers().between(1, 4).map(q -> new FinancialQuarter(y, q))),
        years.map(AcademicYear::new),
        years.map(CalendarYear::new),
        years.flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> Month.of(y, m))),
        years.flatMap(y -> Arbitraries.integers().between(1, 52).map(w -> new IsoWeek(y, w))));
  }

  @Property
  void everyStoredCodeReadsBackAsTheSamePeriod(@ForAll("periods") Period period) {
    assertThat(Periods.fromCodeEnding(period.code(), period.end())).isEqualTo(period);
  }

  @Property
  void everyLabelReadsBackAsTheSamePeriod(@ForAll("periods") Period period) {
    PeriodType kind =
        period.type() == PeriodType.ACADEMIC_YEAR
            ? PeriodType.ACADEMIC_YEAR
            : PeriodType.FINANCIAL_YEAR;
    assertThat(Periods.parse(period.label(), kind)).isEqualTo(period);
  }

  @Provide
  Arbitrary<Month> months() {
    return Arbitraries.integers()
        .between(1990, 2090)
        .flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> Month.of(y, m)));
  }

  @Property
  void aMonthReadsBackFromItsNumbersAndFromItsFirstOrLastDay(@ForAll("months") Month month) {
    DateTimeFormatter ukDate = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    DateTimeFormatter ukMonth = DateTimeFormatter.ofPattern("MM/yyyy");
    assertThat(Periods.parse(month.start().format(ukMonth))).isEqualTo(month);
    assertThat(Periods.parse(month.start().toString())).isEqualTo(month);
    assertThat(Periods.parse(month.end().toString())).isEqualTo(month);
    assertThat(Periods.parse(month.start().format(ukDate))).isEqualTo(month);
    assertThat(Periods.parse(month.end().format(ukDate))).isEqualTo(month);
  }

  @Property
  void periodsOfAKindFollowEachOtherWithoutGapOrOverlap(@ForAll("periods") Period period) {
    assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
    assertThat(period.next().previous()).isEqualTo(period);
    assertThat(period.previous().end()).isEqualTo(period.start().minusDays(1));
  }

  @Property
  void aYearEarlierIsTheSameKindOfPeriodAboutAYearBefore(@ForAll("periods") Period period) {
    Period earlier = period.yearEarlier();
    assertThat(earlier.type()).isEqualTo(period.type());
    assertThat(earlier.end()).isBetween(period.end().minusDays(372), period.end().minusDays(358));
  }

  @Property
  void aPeriodContainsItsOwnDaysAndLiesInTheFinancialYearItEndsIn(
      @ForAll("periods") Period period) {
    assertThat(period.contains(period.start())).isTrue();
    assertThat(period.contains(period.end())).isTrue();
    assertThat(period.financialYear().contains(period.end())).isTrue();
  }
}
