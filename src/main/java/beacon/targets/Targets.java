package beacon.targets;

import beacon.database.VersionedRows;
import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.rules.rating.Target;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** Indicators' targets; a changed target keeps the one it replaces. */
@Repository
public class Targets {

  private static final String COLUMNS =
      """
      id, indicator_id, period_code, period_end, target, tolerance, floor, note, recorded_at,
      recorded_by, reason
      """;

  private final JdbcClient db;
  private final VersionedRows<IndicatorTarget> versions;

  Targets(JdbcClient db, PlatformTransactionManager transactions) {
    this.db = db;
    this.versions =
        new VersionedRows<>(
            db,
            transactions,
            "target",
            "period_code",
            COLUMNS,
            Targets::map,
            StaleTargetException::new);
  }

  /** The current targets of the indicators, by indicator. */
  public Map<Long, List<IndicatorTarget>> currentFor(Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return Map.of();
    }
    return db
        .sql(
            "select "
                + COLUMNS
                + """
                  from target
                 where indicator_id in (:ids) and superseded_at is null
                 order by indicator_id, period_start
                """)
        .param("ids", indicatorIds)
        .query(Targets::map)
        .list()
        .stream()
        .collect(Collectors.groupingBy(IndicatorTarget::indicatorId));
  }

  /** The target set now for exactly this period, locked until the transaction ends. */
  public Optional<IndicatorTarget> current(long indicatorId, String periodCode) {
    return versions.current(indicatorId, periodCode);
  }

  /** Every version of an indicator's target for a period, newest first. */
  public List<IndicatorTarget> history(long indicatorId, String periodCode) {
    return versions.history(indicatorId, periodCode);
  }

  /** Adds a target for a period that has none (as loaded from a council's papers). */
  public void add(
      long indicatorId, Period period, Target target, String source, String note, String by) {
    insert(indicatorId, period, target, source, note, by, null);
  }

  /**
   * Sets the target for a period from a form opened on the version {@code expectedVersion} of that
   * period's target (null: there was none). A target already set is kept, closed, with the reason
   * for the change on the new one.
   *
   * @throws StaleTargetException, writing nothing, when another version has been saved since
   * @throws IllegalArgumentException when a target already set is changed without a reason
   */
  public void set(
      long indicatorId,
      Period period,
      Target target,
      String note,
      String by,
      String reason,
      Long expectedVersion) {
    versions.saveOpenedOn(
        indicatorId,
        period.code(),
        expectedVersion,
        current -> {
          if (current.isPresent() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(
                "The target for "
                    + period.label()
                    + " is already set: say why it is being changed");
          }
          return versions.replace(
              current,
              () ->
                  insert(
                      indicatorId,
                      period,
                      target,
                      null,
                      note,
                      by,
                      current.isPresent() ? reason : null));
        });
  }

  /**
   * Replaces the target set now for its period with another (as an import does), keeping the one it
   * replaces, closed, with why; the note stays with the period.
   */
  public void replace(
      IndicatorTarget current, Target target, String source, String by, String reason) {
    versions.replace(
        Optional.of(current),
        () ->
            insert(
                current.indicatorId(),
                current.period(),
                target,
                source,
                current.note(),
                by,
                reason));
  }

  /** Inserts a version of a target, returning its id. */
  private long insert(
      long indicatorId,
      Period period,
      Target target,
      String source,
      String note,
      String by,
      String reason) {
    return db.sql(
            """
            insert into target (indicator_id, period_code, period_start, period_end, target, tolerance,
                   floor, source, note, recorded_by, reason)
            values (:indicator, :code, :start, :end, :target, :tolerance, :floor, :source, :note, :by,
                   :reason)
            returning id
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
        .param("reason", reason)
        .query(Long.class)
        .single();
  }

  private static IndicatorTarget map(ResultSet rs, int row) throws SQLException {
    return new IndicatorTarget(
        rs.getLong("id"),
        rs.getLong("indicator_id"),
        Periods.fromCodeEnding(
            rs.getString("period_code"), rs.getObject("period_end", LocalDate.class)),
        new Target(
            rs.getBigDecimal("target"), rs.getBigDecimal("tolerance"), rs.getBigDecimal("floor")),
        rs.getString("note"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("recorded_by"),
        rs.getString("reason"));
  }
}
