package beacon.targets.web;

import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.IndicatorTarget;
import beacon.web.PeriodView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A target as the API shows it, for the period (usually a year) it is set for.
 *
 * @param tolerance how far the target is loosened: 5 makes 100 green from 95 when aiming high
 * @param floor the floor standard, the line between Amber and Red, where one is set
 * @param display as papers print it: "100% (5% tolerance)"
 * @param reason why this version replaced the one before it; absent for a first target
 */
record TargetResource(
    PeriodView period,
    BigDecimal target,
    BigDecimal tolerance,
    BigDecimal floor,
    String display,
    String note,
    String recordedBy,
    Instant recordedAt,
    String reason) {

  static TargetResource of(IndicatorTarget target, Unit unit) {
    Target t = target.target();
    return new TargetResource(
        PeriodView.of(target.period()),
        t.value(),
        t.tolerance(),
        t.floor(),
        t.display(unit),
        target.note(),
        target.recordedBy(),
        target.recordedAt(),
        target.reason());
  }
}
