package beacon.round;

import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.LatestAvailable;
import beacon.rules.round.CommentaryStage;
import beacon.rules.round.DueDates;
import beacon.rules.round.DueValue;
import beacon.rules.round.RoundState;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.web.PeriodView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each indicator due in a round has got, computed from the values and commentary recorded:
 * the indicators the organisation reports in the quarter's year, each asked for the value its paper
 * will show when that is a new one ({@link DueValue}).
 */
@Service
public class RoundProgress {

  private final Indicators indicators;
  private final IndicatorValues values;
  private final Assignments assignments;
  private final JdbcClient db;

  RoundProgress(
      Indicators indicators, IndicatorValues values, Assignments assignments, JdbcClient db) {
    this.indicators = indicators;
    this.values = values;
    this.assignments = assignments;
    this.db = db;
  }

  /** The round as it stands on {@code today}. */
  @Transactional(readOnly = true)
  public RoundOverview of(CollectionRound round, LocalDate today) {
    FinancialQuarter quarter = round.reportingPeriod();
    Map<Indicator, DueValue> due = new LinkedHashMap<>();
    for (Indicator indicator :
        indicators.reportedIn(round.organisationId(), quarter.financialYear())) {
      DueValue.of(indicator.frequency(), indicator.lagMonths(), quarter)
          .ifPresent(value -> due.put(indicator, value));
    }
    if (due.isEmpty()) {
      return new RoundOverview(round, List.of());
    }
    List<Long> ids = due.keySet().stream().map(Indicator::id).toList();
    int longestLag = due.keySet().stream().mapToInt(Indicator::lagMonths).max().orElse(0);
    Map<Long, List<IndicatorValue>> recorded =
        values.currentFor(
            ids, LatestAvailable.cutOff(quarter.previous(), longestLag), quarter.end());
    Map<Long, CommentaryNow> commentary = commentaryFor(ids, quarter);
    Map<Long, List<String>> assignees = assignments.assigneesIn(round.organisationId());
    DueDates dates = round.dueDates();
    List<RoundLine> lines = new ArrayList<>();
    due.forEach(
        (indicator, value) -> {
          boolean entered =
              value.isMetBy(
                  recorded.getOrDefault(indicator.id(), List.of()), IndicatorValue::period);
          Optional<CommentaryNow> words = Optional.ofNullable(commentary.get(indicator.id()));
          RoundState state =
              RoundState.of(entered, words.map(CommentaryNow::stage).orElse(CommentaryStage.NONE));
          DueDates.Progress progress = dates.progress(state, today);
          lines.add(
              new RoundLine(
                  indicator.id(),
                  indicator.code(),
                  indicator.title(),
                  indicator.portfolio(),
                  PeriodView.of(value.valuePeriod()),
                  state,
                  progress.due(),
                  progress.overdue(),
                  assignees.getOrDefault(indicator.id(), List.of()),
                  words
                      .filter(w -> w.stage() == CommentaryStage.DRAFT)
                      .map(CommentaryNow::reason)
                      .orElse(null)));
        });
    return new RoundOverview(round, List.copyOf(lines));
  }

  private Map<Long, CommentaryNow> commentaryFor(List<Long> ids, FinancialQuarter quarter) {
    Map<Long, CommentaryNow> found = new HashMap<>();
    db.sql(
            """
            select indicator_id, state, reason from commentary
             where indicator_id in (:ids) and reporting_period_code = :period and superseded_at is null
            """)
        .param("ids", ids)
        .param("period", quarter.code())
        .query(
            rs -> {
              found.put(
                  rs.getLong("indicator_id"),
                  new CommentaryNow(
                      CommentaryStage.valueOf(rs.getString("state")), rs.getString("reason")));
            });
    return found;
  }

  /** The state of the commentary written now, and the reason given for it, if any. */
  private record CommentaryNow(CommentaryStage stage, String reason) {}
}
