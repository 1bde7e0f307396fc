package beacon.round.web;

import beacon.round.CollectionRound;
import beacon.round.RoundLine;
import beacon.round.RoundOverview;
import beacon.rules.round.RoundState;
import beacon.web.PeriodView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A collection round as the API gives it: its due dates, how many indicators are at each state and
 * each indicator due.
 *
 * @param counts the number of indicators at each state: AWAITING_DATA, DATA_ENTERED,
 *     COMMENTARY_SUBMITTED, APPROVED
 */
record RoundResource(
    PeriodView period,
    LocalDate dataDue,
    LocalDate commentaryDue,
    Instant openedAt,
    String openedBy,
    String note,
    Map<RoundState, Integer> counts,
    int overdue,
    List<Line> indicators) {

  static RoundResource of(RoundOverview overview) {
    CollectionRound round = overview.round();
    Map<RoundState, Integer> counts = new LinkedHashMap<>();
    Arrays.stream(RoundState.values()).forEach(s -> counts.put(s, overview.count(s)));
    return new RoundResource(
        PeriodView.of(round.reportingPeriod()),
        round.dueDates().dataDue(),
        round.dueDates().commentaryDue(),
        round.openedAt(),
        round.openedBy(),
        round.note(),
        counts,
        overview.overdueCount(),
        overview.lines().stream().map(Line::of).toList());
  }

  /**
   * One indicator due in the round.
   *
   * @param due the date its next step is due; absent once its commentary is submitted
   */
  record Line(
      String code,
      String title,
      String portfolio,
      PeriodView valuePeriod,
      RoundState state,
      LocalDate due,
      boolean overdue,
      List<String> assignedTo,
      String returnedBecause) {

    static Line of(RoundLine line) {
      return new Line(
          line.code(),
          line.title(),
          line.portfolio(),
          line.valuePeriod(),
          line.state(),
          line.due(),
          line.overdue(),
          line.assignedTo(),
          line.returnedBecause());
    }
  }
}
