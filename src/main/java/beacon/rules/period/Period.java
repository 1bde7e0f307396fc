package beacon.rules.period;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A span of time a figure, a target or a report belongs to, with its code (as the API and files
 * write it) and its label (as councils write it on pages and papers).
 */
public sealed interface Period
    permits FinancialYear, FinancialQuarter, AcademicYear, CalendarYear, Month, IsoWeek {

  /** Orders periods by their last day, then the longer first. */
  Comparator<Period> CHRONOLOGICAL = Comparator.comparing(Period::end).thenComparing(Period::start);

  PeriodType type();

  /** The code used by the API and data files, e.g. {@code 2022-23-Q4}. */
  String code();

  /** The label councils write, e.g. "Q4 2022/23". */
  String label();

  /** The first day. */
  LocalDate start();

  /** The last day (inclusive). */
  LocalDate end();

  /** The period of the same kind just before this one. */
  Period previous();

  /** The period of the same kind just after this one. */
  Period next();

  /** The same period a year earlier (Q4 2022/23 gives Q4 2021/22). */
  Period yearEarlier();

  default boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** Whether the period is over on {@code today}: its last day has passed. */
  default boolean hasEnded(LocalDate today) {
    return end().isBefore(today);
  }

  /** True when the whole of this period lies within {@code other}. */
  default boolean within(Period other) {
    return !start().isBefore(other.start()) && !end().isAfter(other.end());
  }

  /** The financial year in which this period ends. */
  default FinancialYear financialYear() {
    return FinancialYear.containing(end());
  }
}
