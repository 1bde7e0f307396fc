package beacon.targets;

import beacon.rules.period.Period;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.rules.version.SavedVersion;
import java.time.Instant;

/**
 * A target set for an indicator for a period (usually a financial or academic year): a figure, or
 * set against a benchmark, whose figure it then takes from the indicator's benchmarks.
 *
 * @param target what it aims for; null only for a target set against a benchmark Beacon does not
 *     hold (yet)
 * @param aim the target as it was saved: a figure, or the benchmark it is set against
 * @param reason why this version replaced the one before it; null for a first target
 */
public record IndicatorTarget(
    long id,
    long indicatorId,
    Period period,
    Target target,
    Aim aim,
    String note,
    Instant recordedAt,
    String recordedBy,
    String reason)
    implements SavedVersion {

  /**
   * Whether Beacon holds what the target aims for, as it does for every target but one set against
   * a benchmark not yet known.
   */
  public boolean isKnown() {
    return target != null;
  }

  /**
   * The target as pages write it: "82.2%: the statistical neighbour average for 2021/22", or, while
   * that figure is not held, "the statistical neighbour average for 2021/22 (not yet in Beacon)".
   */
  public String display(Unit unit) {
    if (target != null) {
      return target.display(unit);
    }
    return aim.setAgainst().describe(unit) + " (not yet in Beacon)";
  }
}
