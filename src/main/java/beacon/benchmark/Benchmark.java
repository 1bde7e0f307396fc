package beacon.benchmark;

import beacon.rules.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A comparator's figure for an indicator, with its own period and source ("England 20%, CIN Census
 * 2021/22").
 *
 * @param reportingPeriodCode the report it was given for, when typed for one; else null
 * @param period its own period, or null when the paper did not say
 * @param publishedOn the day it was published, or null when not known
 */
public record Benchmark(
    long indicatorId,
    String reportingPeriodCode,
    Comparator comparator,
    String comparatorName,
    Period period,
    BigDecimal value,
    String source,
    LocalDate publishedOn) {

  /** The name of the national top quartile's figures. */
  public static final String TOP_QUARTILE = "England top quartile";

  /** A benchmark whose day of publication is not known. */
  public Benchmark(
      long indicatorId,
      String reportingPeriodCode,
      Comparator comparator,
      String comparatorName,
      Period period,
      BigDecimal value,
      String source) {
    this(indicatorId, reportingPeriodCode, comparator, comparatorName, period, value, source, null);
  }

  /**
   * Whether a report made on the day could have shown it: once it was published, or where that day
   * is not known, once its own period had ended; always when it has no period.
   */
  public boolean knownBy(LocalDate day) {
    if (publishedOn != null) {
      return !publishedOn.isAfter(day);
    }
    return period == null || !period.end().isAfter(day);
  }
}
