package beacon.commentary;

import beacon.database.VersionedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** Commentary and improvement actions per indicator and reporting period. */
@Repository
public class Commentaries {

  private static final String COLUMNS =
      """
      id, indicator_id, reporting_period_code, narrative, benchmark_text, author, state,
      recorded_at, recorded_by
      """;

  private final JdbcClient db;
  private final VersionedRows<Commentary> versions;

  Commentaries(JdbcClient db, PlatformTransactionManager transactions) {
    this.db = db;
    this.versions =
        new VersionedRows<>(
            db,
            transactions,
            "commentary",
            "reporting_period_code",
            COLUMNS,
            (rs, row) -> map(rs, actionsOf(rs.getLong("id"))),
            StaleCommentaryException::new);
  }

  /** The current commentary for a reporting period, by indicator. */
  public Map<Long, Commentary> currentFor(
      Collection<Long> indicatorIds, String reportingPeriodCode) {
    if (indicatorIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<String>> actions = new HashMap<>();
    db.sql(
            """
            select a.commentary_id, a.action
              from improvement_action a
              join commentary c on c.id = a.commentary_id
             where c.indicator_id in (:ids) and c.reporting_period_code = :period and c.superseded_at is null
             order by a.commentary_id, a.position
            """)
        .param("ids", indicatorIds)
        .param("period", reportingPeriodCode)
        .query(
            rs -> {
              actions
                  .computeIfAbsent(rs.getLong("commentary_id"), id -> new ArrayList<>())
                  .add(rs.getString("action"));
            });
    return db
        .sql(
            "select "
                + COLUMNS
                + """
                  from commentary
                 where indicator_id in (:ids) and reporting_period_code = :period and superseded_at is null
                """)
        .param("ids", indicatorIds)
        .param("period", reportingPeriodCode)
        .query((rs, row) -> map(rs, actions.getOrDefault(rs.getLong("id"), List.of())))
        .list()
        .stream()
        .collect(Collectors.toMap(Commentary::indicatorId, Function.identity()));
  }

  /** The current commentary of an indicator for every reporting period, newest period first. */
  public List<Commentary> currentOf(long indicatorId) {
    return db.sql(
            "select "
                + COLUMNS
                + """
                  from commentary
                 where indicator_id = :indicator and superseded_at is null
                 order by reporting_period_code desc
                """)
        .param("indicator", indicatorId)
        .query((rs, row) -> map(rs, actionsOf(rs.getLong("id"))))
        .list();
  }

  /**
   * The commentary for an indicator and reporting period as it is now, locked until the transaction
   * ends.
   */
  public Optional<Commentary> current(long indicatorId, String reportingPeriodCode) {
    return versions.current(indicatorId, reportingPeriodCode);
  }

  /**
   * The commentary for an indicator and reporting period as it is once no other save of it is under
   * way, kept so until the transaction ends: what a change of it (a save, an approval) is checked
   * against.
   */
  @Transactional
  public Optional<Commentary> currentForChange(long indicatorId, String reportingPeriodCode) {
    return versions.currentForChange(indicatorId, reportingPeriodCode);
  }

  /** Every version of the commentary for an indicator and reporting period, newest first. */
  public List<Commentary> history(long indicatorId, String reportingPeriodCode) {
    return versions.history(indicatorId, reportingPeriodCode);
  }

  /** Adds commentary, closing any earlier version for the same indicator and period. */
  public long add(
      long indicatorId,
      String reportingPeriodCode,
      String narrative,
      List<String> improvementActions,
      String benchmarkText,
      String author,
      CommentaryState state,
      String source,
      String by) {
    return versions.replace(
        current(indicatorId, reportingPeriodCode),
        () ->
            insert(
                indicatorId,
                reportingPeriodCode,
                narrative,
                improvementActions,
                benchmarkText,
                author,
                state,
                source,
                by));
  }

  /**
   * Saves commentary from a form opened on the version {@code expectedVersion} (null: there was
   * none); the version it replaces is kept.
   *
   * @throws StaleCommentaryException, writing nothing, when another version has been saved since
   */
  public long save(
      long indicatorId,
      String reportingPeriodCode,
      String narrative,
      List<String> improvementActions,
      String benchmarkText,
      String author,
      CommentaryState state,
      String by,
      Long expectedVersion) {
    return versions.saveOpenedOn(
        indicatorId,
        reportingPeriodCode,
        expectedVersion,
        current ->
            versions.replace(
                current,
                () ->
                    insert(
                        indicatorId,
                        reportingPeriodCode,
                        narrative,
                        improvementActions,
                        benchmarkText,
                        author,
                        state,
                        null,
                        by)));
  }

  /**
   * Records the current commentary again in another state, with the reason (such as why it was
   * returned for changes); the version it replaces is kept.
   *
   * @return the new version's id, or empty when there is no commentary to change
   * @throws StaleCommentaryException, writing nothing, when another version was saved at the same
   *     moment
   */
  public Optional<Long> changeState(
      long indicatorId,
      String reportingPeriodCode,
      CommentaryState state,
      String reason,
      String by) {
    return versions.save(
        indicatorId,
        reportingPeriodCode,
        current ->
            current.map(
                previous ->
                    versions.replace(
                        current, () -> insertInState(previous.id(), state, reason, by))));
  }

  private long insert(
      long indicatorId,
      String reportingPeriodCode,
      String narrative,
      List<String> improvementActions,
      String benchmarkText,
      String author,
      CommentaryState state,
      String source,
      String by) {
    long id =
        db.sql(
                """
                insert into commentary (indicator_id, reporting_period_code, narrative, benchmark_text,
                       author, state, source, recorded_by)
                values (:indicator, :period, :narrative, :benchmark, :author, :state, :source, :by)
                returning id
                """)
            .param("indicator", indicatorId)
            .param("period", reportingPeriodCode)
            .param("narrative", narrative == null ? "" : narrative)
            .param("benchmark", benchmarkText)
            .param("author", author)
            .param("state", state.name())
            .param("source", source)
            .param("by", by)
            .query(Long.class)
            .single();
    for (int i = 0; i < improvementActions.size(); i++) {
      db.sql("insert into improvement_action (commentary_id, position, action) values (:c, :p, :a)")
          .param("c", id)
          .param("p", i + 1)
          .param("a", improvementActions.get(i))
          .update();
    }
    return id;
  }

  /** Inserts the version {@code previous} again, in another state, with its actions. */
  private long insertInState(long previous, CommentaryState state, String reason, String by) {
    long id =
        db.sql(
                """
                insert into commentary (indicator_id, reporting_period_code, narrative, benchmark_text,
                       author, state, source, recorded_by, reason)
                select indicator_id, reporting_period_code, narrative, benchmark_text, author, :state,
                       source, :by, :reason
                  from commentary where id = :previous
                returning id
                """)
            .param("state", state.name())
            .param("by", by)
            .param("reason", reason)
            .param("previous", previous)
            .query(Long.class)
            .single();
    db.sql(
            """
            insert into improvement_action (commentary_id, position, action)
            select :id, position, action from improvement_action where commentary_id = :previous
            """)
        .param("id", id)
        .param("previous", previous)
        .update();
    return id;
  }

  private List<String> actionsOf(long commentaryId) {
    return db.sql(
            "select action from improvement_action where commentary_id = :c order by position")
        .param("c", commentaryId)
        .query(String.class)
        .list();
  }

  private static Commentary map(ResultSet rs, List<String> actions) throws SQLException {
    return new Commentary(
        rs.getLong("id"),
        rs.getLong("indicator_id"),
        rs.getString("reporting_period_code"),
        rs.getString("narrative"),
        List.copyOf(actions),
        rs.getString("benchmark_text"),
        rs.getString("author"),
        CommentaryState.valueOf(rs.getString("state")),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("recorded_by"));
  }
}
