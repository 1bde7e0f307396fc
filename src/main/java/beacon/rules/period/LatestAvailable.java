package beacon.rules.period;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which value a report for a reporting period shows: the latest one whose own period had ended by
 * the end of the reporting period. An indicator whose data "runs one year behind" has a lag: its
 * value for a period only counts as available once the lag has passed after that period's end.
 */
public final class LatestAvailable {

  private LatestAvailable() {}

  /** The last day a value's period may end on to be available for {@code reportingPeriod}. */
  public static LocalDate cutOff(Period reportingPeriod, int lagMonths) {
    if (lagMonths < 0) {
      throw new IllegalArgumentException("A lag cannot be negative");
    }
    return reportingPeriod.end().minusMonths(lagMonths);
  }

  /**
   * The period, of the kind {@code frequency}, of the value a report for {@code reportingPeriod}
   * shows when it has the newest one: the last such period to end by the cut-off.
   */
  public static Period periodFor(PeriodType frequency, Period reportingPeriod, int lagMonths) {
    LocalDate cutOff = cutOff(reportingPeriod, lagMonths);
    Period latest = frequency.containing(cutOff);
    return latest.end().isAfter(cutOff) ? latest.previous() : latest;
  }

  /**
   * The latest of {@code values} available for {@code reportingPeriod}: the one whose period ends
   * last on or before the cut-off; of two ending on the same day, the shorter period.
   */
  public static <T> Optional<T> of(
      Collection<T> values, Function<T, Period> periodOf, Period reportingPeriod, int lagMonths) {
    LocalDate cutOff = cutOff(reportingPeriod, lagMonths);
    return values.stream()
        .filter(value -> !periodOf.apply(value).end().isAfter(cutOff))
        .max(
            Comparator.comparing(
                periodOf, Comparator.comparing(Period::end).thenComparing(Period::start)));
  }

  /**
   * The first financial quarter whose report can show a value for {@code valuePeriod}: the first
   * whose cut-off comes on or after the end of the value's period.
   */
  public static FinancialQuarter firstReportingQuarter(Period valuePeriod, int lagMonths) {
    FinancialQuarter quarter = FinancialQuarter.containing(valuePeriod.end());
    while (cutOff(quarter, lagMonths).isBefore(valuePeriod.end())) {
      quarter = quarter.next();
    }
    return quarter;
  }

  /** True when a value for {@code valuePeriod} is older than the reporting period itself. */
  public static boolean isBehind(Period valuePeriod, Period reportingPeriod) {
    return valuePeriod.end().isBefore(reportingPeriod.start());
  }
}
