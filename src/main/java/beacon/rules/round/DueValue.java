package beacon.rules.round;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figure a collection round asks of an indicator: the value the paper for the reporting quarter
 * will show ({@link LatestAvailable}), when that is a new one. An indicator is due in a quarter
 * when the latest period of its frequency available by the quarter's cut-off was not yet available
 * by the previous quarter's: a quarterly or monthly indicator every quarter, a yearly one in the
 * quarter its year (after any lag) ends.
 *
 * @param valuePeriod the period of the value asked for, "Q4 2022/23", "Mar 2023", "2022/23"
 */
public record DueValue(Period valuePeriod, FinancialQuarter reportingPeriod, int lagMonths) {

  /** The figure due from an indicator in the quarter, or empty when none is. */
  public static Optional<DueValue> of(
      PeriodType frequency, int lagMonths, FinancialQuarter reportingPeriod) {
    Period latest = LatestAvailable.periodFor(frequency, reportingPeriod, lagMonths);
    return latest.end().isAfter(previousCutOff(reportingPeriod, lagMonths))
        ? Optional.of(new DueValue(latest, reportingPeriod, lagMonths))
        : Optional.empty();
  }

  /**
   * Whether the value the paper will show is one of this round's, among the indicator's recorded
   * values (figures and markers alike).
   */
  public <T> boolean isMetBy(Collection<T> values, Function<T, Period> periodOf) {
    LocalDate previous = previousCutOff(reportingPeriod, lagMonths);
    return LatestAvailable.of(values, periodOf, reportingPeriod, lagMonths)
        .filter(value -> periodOf.apply(value).end().isAfter(previous))
        .isPresent();
  }

  private static LocalDate previousCutOff(FinancialQuarter reportingPeriod, int lagMonths) {
    return LatestAvailable.cutOff(reportingPeriod.previous(), lagMonths);
  }
}
