package beacon.targets;

import beacon.database.VersionLock;
import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.rules.rating.Target;
import beacon.rules.version.OpenedVersion;
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
import org.springframework.transaction.annotation.Transactional;

/** Indicators' targets; a changed target keeps the one it replaces. */
@Repository
public class Targets {

  private static final String COLUMNS =
      """
      id, indicator_id, period_code, period_end, target, tolerance, floor, note, recorded_at,
      recorded_by, reason
      """;

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
    return db.sql(
            "select "
                + COLUMNS
                + " from target where indicator_id = :indicator and period_code = :period"
                + " and superseded_at is null for update")
        .param("indicator", indicatorId)
        .param("period", periodCode)
        .query(Targets::map)
        .optional();
  }

  /** Every version of an indicator's target for a period, newest first. */
  public List<IndicatorTarget> history(long indicatorId, String periodCode) {
    return db.sql(
            "select "
                + COLUMNS
                + " from target where indicator_id = :indicator and period_code = :period"
                + " order by recorded_at desc, id desc")
        .param("indicator", indicatorId)
        .param("period", periodCode)
        .query(Targets::map)
        .list();
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
  @Transactional
  public void set(
      long indicatorId,
      Period period,
      Target target,
      String note,
      String by,
      String reason,
      Long expectedVersion) {
    VersionLock.take(db, "target", indicatorId, period.code());
    Optional<IndicatorTarget> current = current(indicatorId, period.code());
    if (OpenedVersion.isStale(current, expectedVersion)) {
      throw new StaleTargetException(current.get());
    }
    if (current.isPresent()) {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException(
            "The target for " + period.label() + " is already set: say why it is being changed");
      }
      db.sql("update target set superseded_at = now() where id = :id")
          .param("id", current.get().id())
          .update();
    }
    insert(indicatorId, period, target, null, note, by, current.isPresent() ? reason : null);
  }

  /**
   * Replaces the target set now for its period with another (as an import does), keeping the one it
   * replaces, closed, with why; the note stays with the period.
   */
  public void replace(
      IndicatorTarget current, Target target, String source, String by, String reason) {
    db.sql("update target set superseded_at = now() where id = :id")
        .param("id", current.id())
        .update();
    insert(current.indicatorId(), current.period(), target, source, current.note(), by, reason);
  }

  private void insert(
      long indicatorId,
      Period period,
      Target target,
      String source,
      String note,
      String by,
      String reason) {
    db.sql(
            """
            insert into target (indicator_id, period_code, period_start, period_end, target, tolerance,
                   floor, source, note, recorded_by, reason)
            values (:indicator, :code, :start, :end, :target, :tolerance, :floor, :source, :note, :by,
                   :reason)
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
        .update();
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
