package beacon.targets.web;

import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.IndicatorTarget;
import beacon.targets.SetAgainst;
import beacon.web.PeriodView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A target as the API shows it, for the period (usually a year) it is set for.
 *
 * @param tolerance how far the target is loosened: 5 makes 100 green from 95 when aiming high
 * @param floor the floor standard, the line between Amber and Red, where one is set
 * @param display as papers print it: "100% (5% tolerance)", "82.2%: the statistical neighbour
 *     average for 2021/22"
 * @param setAgainst the benchmark the target is set against, whose figure it takes; absent for a
 *     target set as a figure
 * @param reason why this version replaced the one before it; absent for a first target
 */
record TargetResource(
    PeriodView period,
    BigDecimal target,
    BigDecimal tolerance,
    BigDecimal floor,
    String display,
    SetAgainstView setAgainst,
    String note,
    String recordedBy,
    Instant recordedAt,
    String reason) {

  /**
   * The benchmark a target is set against: its comparator, the year of its figure and how far above
   * it (negative: below) the target is.
   */
  record SetAgainstView(String comparator, PeriodView year, BigDecimal offset) {
    static SetAgainstView of(SetAgainst against) {
      return against == null
          ? null
          : new SetAgainstView(
              against.comparator().name(), PeriodView.of(against.year()), against.offset());
    }
  }

  static TargetResource of(IndicatorTarget target, Unit unit) {
    Target t = target.target();
    return new TargetResource(
        PeriodView.of(target.period()),
        t.value(),
        t.tolerance(),
        t.floor(),
        t.display(unit),
        SetAgainstView.of(target.aim().setAgainst()),
        target.note(),
        target.recordedBy(),
        target.recordedAt(),
        target.reason());
  }
}
