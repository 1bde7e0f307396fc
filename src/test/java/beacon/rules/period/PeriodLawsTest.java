package beacon.rules.period;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.Draw;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class PeriodLawsTest {

  static Period periods(Draw draw) {
    return draw.oneOf(
        d -> new FinancialYear(years(d)),
        d -> new FinancialQuarter(years(d), d.integer(1, 4)),
        d -> new AcademicYear(years(d)),
        d -> new CalendarYear(years(d)),
        d -> Month.of(years(d), d.integer(1, 12)),
        d -> new IsoWeek(years(d), d.integer(1, 52)));
  }

  static Month months(Draw draw) {
    return draw.oneOf(d -> Month.of(years(d), d.integer(1, 12)));
  }

  private static int years(Draw draw) {
    return draw.integer(1990, 2090);
  }

  @Test
  void everyStoredCodeReadsBackAsTheSamePeriod() {
    forAll(
        draw -> {
          Period period = periods(draw);
          assertThat(Periods.fromCodeEnding(period.code(), period.end())).isEqualTo(period);
        });
  }

  @Test
  void everyLabelReadsBackAsTheSamePeriod() {
    forAll(
        draw -> {
          Period period = periods(draw);
          PeriodType kind =
              period.type() == PeriodType.ACADEMIC_YEAR
                  ? PeriodType.ACADEMIC_YEAR
                  : PeriodType.FINANCIAL_YEAR;
          assertThat(Periods.parse(period.label(), kind)).isEqualTo(period);
        });
  }

  @Test
  void aMonthReadsBackFromItsNumbersAndFromItsFirstOrLastDay() {
    forAll(
        draw -> {
          Month month = months(draw);
          DateTimeFormatter ukDate = DateTimeFormatter.ofPattern("dd/MM/yyyy");
          DateTimeFormatter ukMonth = DateTimeFormatter.ofPattern("MM/yyyy");
          assertThat(Periods.parse(month.start().format(ukMonth))).isEqualTo(month);
          assertThat(Periods.parse(month.start().toString())).isEqualTo(month);
          assertThat(Periods.parse(month.end().toString())).isEqualTo(month);
          assertThat(Periods.parse(month.start().format(ukDate))).isEqualTo(month);
          assertThat(Periods.parse(month.end().format(ukDate))).isEqualTo(month);
        });
  }

  @Test
  void periodsOfAKindFollowEachOtherWithoutGapOrOverlap() {
    forAll(
        draw -> {
          Period period = periods(draw);
          assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
          assertThat(period.next().previous()).isEqualTo(period);
          assertThat(period.previous().end()).isEqualTo(period.start().minusDays(1));
        });
  }

  @Test
  void aYearEarlierIsTheSameKindOfPeriodAboutAYearBefore() {
    forAll(
        draw -> {
          Period period = periods(draw);
          Period earlier = period.yearEarlier();
          assertThat(earlier.type()).isEqualTo(period.type());
          assertThat(earlier.end())
              .isBetween(period.end().minusDays(372), period.end().minusDays(358));
        });
  }

  @Test
  void aPeriodContainsItsOwnDaysAndLiesInTheFinancialYearItEndsIn() {
    forAll(
        draw -> {
          Period period = periods(draw);
          assertThat(period.contains(period.start())).isTrue();
          assertThat(period.contains(period.end())).isTrue();
          assertThat(period.financialYear().contains(period.end())).isTrue();
        });
  }
}
