package beacon.rules.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void readsTheConventionalCodes() {
    assertThat(Periods.fromCode("2022-23-Q4")).isEqualTo(new FinancialQuarter(2022, 4));
    assertThat(Periods.fromCode("2022-23")).isEqualTo(new FinancialYear(2022));
    assertThat(Periods.fromCode("AY2016-17")).isEqualTo(new AcademicYear(2016));
    assertThat(Periods.fromCode("2021")).isEqualTo(new CalendarYear(2021));
    assertThat(Periods.fromCode("2018-03")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.fromCode("2018-W05")).isEqualTo(new IsoWeek(2018, 5));
  }

  @Test
  void writesLabelsAsCouncilsDo() {
    assertThat(new FinancialQuarter(2022, 4).label()).isEqualTo("Q4 2022/23");
    assertThat(new FinancialYear(2016).label()).isEqualTo("2016/17");
    assertThat(new AcademicYear(2016).label()).isEqualTo("2016/17");
    assertThat(Month.of(2018, 3).label()).isEqualTo("Mar 2018");
    assertThat(Month.of(2017, 9).label()).isEqualTo("Sep 2017");
    assertThat(new IsoWeek(2018, 5).label()).isEqualTo("w/c 29 Jan 2018");
  }

  @Test
  void readsTheLabelsCouncilsWrite() {
    assertThat(Periods.parse("Q4 2022/23")).isEqualTo(new FinancialQuarter(2022, 4));
    assertThat(Periods.parse("Q1 Jun 2017")).isEqualTo(new FinancialQuarter(2017, 1));
    assertThat(Periods.parse("Q4 Mar 2018")).isEqualTo(new FinancialQuarter(2017, 4));
    assertThat(Periods.parse("Mar 2018")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("March 2022")).isEqualTo(Month.of(2022, 3));
    assertThat(Periods.parse("December 2022")).isEqualTo(Month.of(2022, 12));
    assertThat(Periods.parse("Mar-18")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("Sep-2017")).isEqualTo(Month.of(2017, 9));
    assertThat(Periods.parse("2016/17")).isEqualTo(new FinancialYear(2016));
    assertThat(Periods.parse("2016/17", PeriodType.ACADEMIC_YEAR))
        .isEqualTo(new AcademicYear(2016));
    assertThat(Periods.parse("academic year 2016/17")).isEqualTo(new AcademicYear(2016));
    assertThat(Periods.parse("week 5 2018")).isEqualTo(new IsoWeek(2018, 5));
  }

  @Test
  void readsAMonthWrittenAsNumbers() {
    assertThat(Periods.parse("03/2018")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("3/2018")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("12/2022")).isEqualTo(Month.of(2022, 12));
  }

  @Test
  void aYearWrittenWithSlashStaysAYear() {
    assertThat(Periods.parse("2016/17")).isEqualTo(new FinancialYear(2016));
    assertThat(Periods.parse("2012/13", PeriodType.MONTH)).isEqualTo(new FinancialYear(2012));
  }

  @Test
  void readsTheFirstOrLastDayOfAMonthAsTheMonthExcelMeant() {
    assertThat(Periods.parse("2018-03-01")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("2018-03-31")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("2016-02-29")).isEqualTo(Month.of(2016, 2));
    assertThat(Periods.parse("01/03/2018")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("31/03/2018")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("1/3/2018")).isEqualTo(Month.of(2018, 3));
    assertThat(Periods.parse("30/04/2018")).isEqualTo(Month.of(2018, 4));
  }

  @Test
  void refusesAnyOtherDayAndSaysWhichPeriodToWrite() {
    assertThatThrownBy(() -> Periods.parse("2018-03-15"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage("'2018-03-15' is a day, not a period: write the month, Mar 2018");
    assertThatThrownBy(() -> Periods.parse("15/03/2018"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage("'15/03/2018' is a day, not a period: write the month, Mar 2018");
    assertThatThrownBy(() -> Periods.parse("2018-03-14", PeriodType.ISO_WEEK))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage("'2018-03-14' is a day, not a period: write the week, w/c 12 Mar 2018");
    assertThatThrownBy(() -> Periods.parse("2018-02-31"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage("'2018-02-31' is not a day of Feb 2018");
    assertThatThrownBy(() -> Periods.parse("01/13/2018"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage("'01/13/2018': 13 is not a month");
    assertThatThrownBy(() -> Periods.parse("13/2018"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage("'13/2018': 13 is not a month");
    assertThatThrownBy(() -> Periods.fromCode("2018-03-01"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("is not a period code");
  }

  @Test
  void readsAYearWrittenShort() {
    assertThat(Periods.parse("22/23")).isEqualTo(new FinancialYear(2022));
    assertThat(Periods.parse("22/23", PeriodType.ACADEMIC_YEAR)).isEqualTo(new AcademicYear(2022));
    assertThat(Periods.parse("99/00")).isEqualTo(new FinancialYear(2099));
    assertThat(Periods.parse("Q4 22/23")).isEqualTo(new FinancialQuarter(2022, 4));
  }

  @Test
  void refusesTwoShortNumbersWhenTheSecondDoesNotFollowTheFirst() {
    assertThatThrownBy(() -> Periods.parse("22/25"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage(
            "'22/25' is not a period: write a code such as 2022-23-Q4 or a label such as"
                + " \"Q4 2022/23\", \"Mar 2018\" or \"2016/17\"");
    assertThatThrownBy(() -> Periods.parse("03/18"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("'03/18' is not a period");
    assertThatThrownBy(() -> Periods.parse("Q4 22/25"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("a year ends the year after it starts");
  }

  @Test
  void readsAQuarterWrittenWithOrWithoutTheWord() {
    FinancialQuarter q4 = new FinancialQuarter(2022, 4);
    assertThat(Periods.parse("Q4 2022/23")).isEqualTo(q4);
    assertThat(Periods.parse("Q4 2022-23")).isEqualTo(q4);
    assertThat(Periods.parse("2022/23 Q4")).isEqualTo(q4);
    assertThat(Periods.parse("Quarter 4 2022/23")).isEqualTo(q4);
    assertThat(Periods.parse("Quarter 4 2022-23")).isEqualTo(q4);
    assertThat(Periods.parse("quarter 4  2022/23")).isEqualTo(q4);
    assertThat(Periods.parse("2022/23 Quarter 4")).isEqualTo(q4);
    assertThat(Periods.parse("Quarter 1 Jun 2017")).isEqualTo(new FinancialQuarter(2017, 1));
  }

  @Test
  void aFinancialQuarterRunsFromAprilToMarch() {
    FinancialQuarter q4 = new FinancialQuarter(2022, 4);
    assertThat(q4.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(new FinancialQuarter(2022, 1).start()).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(FinancialQuarter.containing(LocalDate.of(2018, 9, 30)))
        .isEqualTo(new FinancialQuarter(2018, 2));
  }

  @Test
  void anAcademicYearRunsFromSeptemberToAugust() {
    assertThat(new AcademicYear(2016).start()).isEqualTo(LocalDate.of(2016, 9, 1));
    assertThat(new AcademicYear(2016).end()).isEqualTo(LocalDate.of(2017, 8, 31));
  }

  @Test
  void readsAnAmbiguousCodeAsAFinancialYearUnlessAMonthIsExpected() {
    assertThat(Periods.fromCode("2011-12")).isEqualTo(new FinancialYear(2011));
    assertThat(Periods.parse("2011-12", PeriodType.MONTH)).isEqualTo(Month.of(2011, 12));
    assertThat(Periods.fromCodeEnding("2011-12", LocalDate.of(2011, 12, 31)))
        .isEqualTo(Month.of(2011, 12));
    assertThat(Periods.fromCodeEnding("2011-12", LocalDate.of(2012, 3, 31)))
        .isEqualTo(new FinancialYear(2011));
  }

  @Test
  void tellsAprilFromTheFinancialYearThatStartsWithIt() {
    assertThat(Periods.fromCodeEnding("2003-04", LocalDate.of(2003, 4, 30)))
        .isEqualTo(Month.of(2003, 4));
    assertThat(Periods.fromCodeEnding("2003-04", LocalDate.of(2004, 3, 31)))
        .isEqualTo(new FinancialYear(2003));
  }

  @Test
  void saysWhatIsWrongWithATextThatIsNoPeriod() {
    assertThatThrownBy(() -> Periods.fromCode("2022-24-Q4"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("a year ends the year after it starts");
    assertThatThrownBy(() -> Periods.fromCode("2022-23-Q5"))
        .isInstanceOf(PeriodFormatException.class);
    assertThatThrownBy(() -> Periods.fromCode("2018-13")).isInstanceOf(PeriodFormatException.class);
    assertThatThrownBy(() -> Periods.parse("Q2 Jun 2017"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("does not end in that month");
    assertThatThrownBy(() -> Periods.parse("Quarter 5 2022/23"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("is not a period");
    assertThatThrownBy(() -> Periods.parse("soon"))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("'soon' is not a period");
    assertThatThrownBy(() -> Periods.fromCode("2018-W53"))
        .isInstanceOf(PeriodFormatException.class);
  }
}
