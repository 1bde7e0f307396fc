package beacon.rules.period;

import java.time.LocalDate;
import java.time.YearMonth;

/** The kinds of period that figures, targets and reports are recorded against. */
public enum PeriodType {
  /** 1 April to 31 March, written 2022/23; code {@code 2022-23}. */
  FINANCIAL_YEAR,
  /** Q1 April-June ... Q4 January-March, written Q4 2022/23; code {@code 2022-23-Q4}. */
  FINANCIAL_QUARTER,
  /** 1 September to 31 August, written 2016/17; code {@code AY2016-17}. */
  ACADEMIC_YEAR,
  /** January to December, written 2021; code {@code 2021}. */
  CALENDAR_YEAR,
  /** A calendar month, written Mar 2018; code {@code 2018-03}. */
  MONTH,
  /** An ISO week (Monday to Sunday), written w/c 29 Jan 2018; code {@code 2018-W05}. */
  ISO_WEEK;

  /** True for a year of any kind: financial, academic or calendar. */
  public boolean isYear() {
    return this == FINANCIAL_YEAR || this == ACADEMIC_YEAR || this == CALENDAR_YEAR;
  }

  /** The period of this kind that contains the day. */
  public Period containing(LocalDate day) {
    return switch (this) {
      case FINANCIAL_YEAR -> FinancialYear.containing(day);
      case FINANCIAL_QUARTER -> FinancialQuarter.containing(day);
      case ACADEMIC_YEAR -> AcademicYear.containing(day);
      case CALENDAR_YEAR -> new CalendarYear(day.getYear());
      case MONTH -> new Month(YearMonth.from(day));
      case ISO_WEEK -> IsoWeek.containing(day);
    };
  }
}
