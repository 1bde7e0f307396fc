package beacon.rating;

import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ratings given by people: assessed where there are no figures, and overrides of computed ones. */
@Repository
public class RatingJudgements {

  private final JdbcClient db;

  RatingJudgements(JdbcClient db) {
    this.db = db;
  }

  /**
   * The current judgements of the indicators, by indicator and then by the code of the reporting
   * period each was given for.
   */
  public Map<Long, Map<String, RatingJudgement>> currentFor(Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return Map.of();
    }
    return db
        .sql(
            """
            select indicator_id, reporting_period_code, kind, rag, reason, recorded_at, recorded_by
              from rating_judgement
             where indicator_id in (:ids) and superseded_at is null
            """)
        .param("ids", indicatorIds)
        .query(
            (rs, row) ->
                new RatingJudgement(
                    rs.getLong("indicator_id"),
                    rs.getString("reporting_period_code"),
                    RatingBasis.valueOf(rs.getString("kind")),
                    Rag.valueOf(rs.getString("rag")),
                    rs.getString("reason"),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getString("recorded_by")))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                RatingJudgement::indicatorId,
                Collectors.toMap(RatingJudgement::reportingPeriodCode, Function.identity())));
  }

  public void add(
      long indicatorId,
      String reportingPeriodCode,
      RatingBasis kind,
      Rag rag,
      String reason,
      String by) {
    if (kind == RatingBasis.COMPUTED) {
      throw new IllegalArgumentException("A computed rating is not stored");
    }
    db.sql(
            """
            update rating_judgement set superseded_at = now()
             where indicator_id = :indicator and reporting_period_code = :period and superseded_at is null
            """)
        .param("indicator", indicatorId)
        .param("period", reportingPeriodCode)
        .update();
    db.sql(
            """
            insert into rating_judgement (indicator_id, reporting_period_code, kind, rag, reason, recorded_by)
            values (:indicator, :period, :kind, :rag, :reason, :by)
            """)
        .param("indicator", indicatorId)
        .param("period", reportingPeriodCode)
        .param("kind", kind.name())
        .param("rag", rag.name())
        .param("reason", reason)
        .param("by", by)
        .update();
  }
}
