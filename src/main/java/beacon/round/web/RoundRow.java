package beacon.round.web;

import beacon.round.CollectionRound;
import beacon.round.RoundOverview;
import beacon.rules.round.RoundState;
import beacon.web.PeriodView;

/** A round as the list of rounds shows it: its dates and how many indicators are approved. */
record RoundRow(
    CollectionRound round, PeriodView period, int approved, int due, int overdue, String opened) {

  static RoundRow of(RoundOverview overview) {
    CollectionRound round = overview.round();
    return new RoundRow(
        round,
        PeriodView.of(round.reportingPeriod()),
        overview.count(RoundState.APPROVED),
        overview.lines().size(),
        overview.overdueCount(),
        Dates.day(round.openedAt()));
  }
}
