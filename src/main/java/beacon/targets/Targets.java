package beacon.targets;

import beacon.benchmark.Comparator;
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

  /**
   * The benchmark a target set against one reads its figure from, newest first; looked up only for
   * such a target, not for every target typed as a figure.
   */
  private static final String ITS_BENCHMARK =
      """
      from benchmark b
       where b.indicator_id = target.indicator_id and b.comparator = target.comparator
         and b.period_code = target.comparator_period_code and b.superseded_at is null
       order by b.reporting_period_code is not null, b.recorded_at desc, b.id desc limit 1
      """;

  private static final String COLUMNS =
      """
      id, indicator_id, period_code, period_end, target, tolerance, floor, note, recorded_at,
      recorded_by, reason, comparator, comparator_period_code, comparator_offset,
      case when comparator is not null then (select b.value %1$s) end as comparators_figure,
      case when comparator is not null then (select b.comparator_name %1$s) end as comparators_name
      """
          .formatted(ITS_BENCHMARK);

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

  /**
   * The current targets of the indicators whose figure Beacon holds, by indicator; a target set
   * against a benchmark not yet known is left out, as not set.
   */
  public Map<Long, List<IndicatorTarget>> currentFor(Collection<Long> indicatorIds) {
    return withUnknown(indicatorIds, false);
  }

  /**
   * The current targets of the indicators, by indicator, with those set against a benchmark not yet
   * known ({@link IndicatorTarget#isKnown}), which a rating names as the reason it cannot rate.
   */
  public Map<Long, List<IndicatorTarget>> currentForRating(Collection<Long> indicatorIds) {
    return withUnknown(indicatorIds, true);
  }

  private Map<Long, List<IndicatorTarget>> withUnknown(
      Collection<Long> indicatorIds, boolean unknownToo) {
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
        .filter(target -> unknownToo || target.isKnown())
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
    add(indicatorId, period, Aim.of(target), source, note, by);
  }

  /** Adds a target, a figure or set against a benchmark, for a period that has none. */
  public void add(long indicatorId, Period period, Aim aim, String source, String note, String by) {
    insert(indicatorId, period, aim, source, note, by, null);
  }

  /**
   * Sets a target of a figure, as {@link #set(long, Period, Aim, String, String, String, Long)}.
   */
  public void set(
      long indicatorId,
      Period period,
      Target target,
      String note,
      String by,
      String reason,
      Long expectedVersion) {
    set(indicatorId, period, Aim.of(target), note, by, reason, expectedVersion);
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
      Aim aim,
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
                      aim,
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
    replace(current, Aim.of(target), source, by, reason);
  }

  /** Replaces the target set now for its period with another aim, as {@link #replace}. */
  public void replace(IndicatorTarget current, Aim aim, String source, String by, String reason) {
    versions.replace(
        Optional.of(current),
        () ->
            insert(
                current.indicatorId(), current.period(), aim, source, current.note(), by, reason));
  }

  /** Inserts a version of a target, returning its id. */
  private long insert(
      long indicatorId,
      Period period,
      Aim aim,
      String source,
      String note,
      String by,
      String reason) {
    SetAgainst against = aim.setAgainst();
    return db.sql(
            """
            insert into target (indicator_id, period_code, period_start, period_end, target, tolerance,
                   floor, source, note, recorded_by, reason, comparator, comparator_period_code,
                   comparator_offset)
            values (:indicator, :code, :start, :end, :target, :tolerance, :floor, :source, :note, :by,
                   :reason, :comparator, :comparatorPeriod, :offset)
            returning id
            """)
        .param("indicator", indicatorId)
        .param("code", period.code())
        .param("start", period.start())
        .param("end", period.end())
        .param("target", aim.figure())
        .param("tolerance", aim.tolerance())
        .param("floor", aim.floor())
        .param("source", source)
        .param("note", note)
        .param("by", by)
        .param("reason", reason)
        .param("comparator", against == null ? null : against.comparator().name())
        .param("comparatorPeriod", against == null ? null : against.year().code())
        .param("offset", against == null ? null : against.offset())
        .query(Long.class)
        .single();
  }

  private static IndicatorTarget map(ResultSet rs, int row) throws SQLException {
    String comparator = rs.getString("comparator");
    SetAgainst against =
        comparator == null
            ? null
            : new SetAgainst(
                Comparator.valueOf(comparator),
                Periods.fromCode(rs.getString("comparator_period_code")),
                rs.getBigDecimal("comparator_offset"));
    Aim aim =
        new Aim(
            rs.getBigDecimal("target"),
            rs.getBigDecimal("tolerance"),
            rs.getBigDecimal("floor"),
            against);
    return new IndicatorTarget(
        rs.getLong("id"),
        rs.getLong("indicator_id"),
        Periods.fromCodeEnding(
            rs.getString("period_code"), rs.getObject("period_end", LocalDate.class)),
        aim.target(rs.getBigDecimal("comparators_figure"), rs.getString("comparators_name"))
            .orElse(null),
        aim,
        rs.getString("note"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("recorded_by"),
        rs.getString("reason"));
  }
}
