package beacon.target;

import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.rules.rating.Target;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicators' targets; a changed target keeps the one it replaces. */
@Repository
public class Targets {

  private final JdbcClient db;

  Targets(JdbcClient db) {
    this.db = db;
  }

  /** The current targets of the indicators, by indicator. */
  public Map<Long, List<IndicatorTarget>> currentFor(Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return Map.of();
    }
    return db
        .sql(
            """
            select id, indicator_id, period_code, period_start, target, tolerance, floor, note
              from target
             where indicator_id in (:ids) and superseded_at is null
             order by indicator_id, period_start
            """)
        .param("ids", indicatorIds)
        .query(
            (rs, row) ->
                new IndicatorTarget(
                    rs.getLong("id"),
                    rs.getLong("indicator_id"),
                    Periods.fromStoredCode(
                        rs.getString("period_code"), rs.getObject("period_start", LocalDate.class)),
                    new Target(
                        rs.getBigDecimal("target"),
                        rs.getBigDecimal("tolerance"),
                        rs.getBigDecimal("floor")),
                    rs.getString("note")))
        .list()
        .stream()
        .collect(Collectors.groupingBy(IndicatorTarget::indicatorId));
  }

  public void add(
      long indicatorId, Period period, Target target, String source, String note, String by) {
    db.sql(
            """
            insert into target (indicator_id, period_code, period_start, period_end, target, tolerance,
                   floor, source, note, recorded_by)
            values (:indicator, :code, :start, :end, :target, :tolerance, :floor, :source, :note, :by)
            """)
        .param("indicator", indicatorId)
        .param("code", period.code())
        .param("start", period.start())
        .param("end", period.end())
        .param("target", target.value())
        .param("tolerance", target.tolerance())
        .param("floor", target.floor())
        .param("source", source)
        .param("note", note)
        .param("by", by)
        .update();
  }
}
