package beacon.rating;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RAG schemes put in force for single indicators, each over its organisation's scheme from its
 * day on ({@link beacon.rules.rating.SchemeUse#inForce}). Every write is in the audit trail.
 */
@Repository
public class IndicatorSchemes {

  private final JdbcClient db;

  IndicatorSchemes(JdbcClient db) {
    this.db = db;
  }

  /** A scheme put in force for one indicator from a date. */
  public record IndicatorUse(long id, long schemeId, String schemeName, LocalDate inForceFrom) {}

  /** The schemes put in force for the indicator alone, the earliest first. */
  public List<IndicatorUse> usesFor(long indicatorId) {
    return db.sql(
            """
            select u.id, s.id as scheme_id, s.name as scheme_name, u.effective_from as in_force_from
              from rag_scheme_use u join rag_scheme s on s.id = u.rag_scheme_id
             where u.indicator_id = :indicator
             order by u.effective_from
            """)
        .param("indicator", indicatorId)
        .query(IndicatorUse.class)
        .list();
  }

  /**
   * Puts the organisation's scheme in force for one indicator from a day, over the organisation's
   * own from then on.
   *
   * @throws IllegalArgumentException, writing nothing, when the indicator has a scheme of its own
   *     from that day already
   */
  @Transactional
  public long useForIndicator(
      long organisationId, long indicatorId, long schemeId, LocalDate from) {
    boolean taken =
        db.sql(
                "select count(*) > 0 from rag_scheme_use"
                    + " where indicator_id = :indicator and effective_from = :from")
            .param("indicator", indicatorId)
            .param("from", from)
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new IllegalArgumentException("The indicator has a scheme of its own from that day");
    }
    return db.sql(
            """
            insert into rag_scheme_use (organisation_id, indicator_id, rag_scheme_id, effective_from)
            select :organisation, :indicator, s.id, :from from rag_scheme s
             where s.id = :scheme and s.organisation_id = :organisation
            returning id
            """)
        .param("organisation", organisationId)
        .param("indicator", indicatorId)
        .param("scheme", schemeId)
        .param("from", from)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("The organisation has no such scheme"));
  }

  /**
   * Ends one of the indicator's own schemes: from its day on, the indicator is rated as before it.
   *
   * @return false when there was no such use (ended by someone else since)
   */
  @Transactional
  public boolean endUseForIndicator(long indicatorId, long useId) {
    return db.sql("delete from rag_scheme_use where id = :id and indicator_id = :indicator")
            .param("id", useId)
            .param("indicator", indicatorId)
            .update()
        == 1;
  }
}
