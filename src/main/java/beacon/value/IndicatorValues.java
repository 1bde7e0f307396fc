package beacon.value;

import beacon.database.VersionLock;
import beacon.rules.period.Periods;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Marker;
import beacon.rules.version.OpenedVersion;
import java.math.BigDecimal;
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

/**
 * The values recorded for indicators. A value is never overwritten: a correction closes the version
 * it replaces and adds a new one with who, when and why.
 */
@Repository
public class IndicatorValues {

  private static final String COLUMNS =
      """
      id, indicator_id, period_code, period_end, value, numerator, denominator, marker, provisional, note,
      source, recorded_at, recorded_by, reason
      """;

  private final JdbcClient db;

  IndicatorValues(JdbcClient db) {
    this.db = db;
  }

  /** The current values of the indicators whose periods end between the two days, oldest first. */
  public Map<Long, List<IndicatorValue>> currentFor(
      Collection<Long> indicatorIds, LocalDate from, LocalDate to) {
    if (indicatorIds.isEmpty()) {
      return Map.of();
    }
    return db
        .sql(
            "select "
                + COLUMNS
                + """
                  from indicator_value
                 where indicator_id in (:ids) and superseded_at is null
                   and period_end between :from and :to
                 order by indicator_id, period_end, period_start desc
                """)
        .param("ids", indicatorIds)
        .param("from", from)
        .param("to", to)
        .query(IndicatorValues::map)
        .list()
        .stream()
        .collect(Collectors.groupingBy(IndicatorValue::indicatorId));
  }

  /** Every current value of an indicator, oldest period first. */
  public List<IndicatorValue> seriesFor(long indicatorId) {
    return db.sql(
            "select "
                + COLUMNS
                + """
                  from indicator_value
                 where indicator_id = :indicator and superseded_at is null
                 order by period_end, period_start desc
                """)
        .param("indicator", indicatorId)
        .query(IndicatorValues::map)
        .list();
  }

  /**
   * Every version of the values of an indicator for the periods that were corrected, newest
   * recording first; a period recorded once only is left out.
   */
  public List<IndicatorValue> correctionsFor(long indicatorId) {
    return db.sql(
            "select "
                + COLUMNS
                + """
                  from indicator_value v
                 where indicator_id = :indicator
                   and exists (select 1 from indicator_value o
                                where o.indicator_id = v.indicator_id and o.period_code = v.period_code
                                  and o.superseded_at is not null)
                 order by recorded_at desc, id desc
                """)
        .param("indicator", indicatorId)
        .query(IndicatorValues::map)
        .list();
  }

  /** Every version of an indicator's value for a period, newest first. */
  public List<IndicatorValue> history(long indicatorId, String periodCode) {
    return db.sql(
            "select "
                + COLUMNS
                + " from indicator_value where indicator_id = :indicator and period_code = :period"
                + " order by recorded_at desc, id desc")
        .param("indicator", indicatorId)
        .param("period", periodCode)
        .query(IndicatorValues::map)
        .list();
  }

  public Optional<IndicatorValue> current(long indicatorId, String periodCode) {
    return db.sql(
            "select "
                + COLUMNS
                + " from indicator_value where indicator_id = :indicator and period_code = :period"
                + " and superseded_at is null for update")
        .param("indicator", indicatorId)
        .param("period", periodCode)
        .query(IndicatorValues::map)
        .optional();
  }

  /**
   * Records a value. Recording what is already there changes nothing; a different value for a
   * period already recorded is a correction and needs a reason.
   *
   * @return true when something was written
   */
  @Transactional
  public boolean record(NewValue value, String indicatorCode, String by, String reason) {
    VersionLock.take(db, "indicator_value", value.indicatorId(), value.period().code());
    return write(
        value, indicatorCode, by, reason, current(value.indicatorId(), value.period().code()));
  }

  /**
   * Records a value from a form opened on the version {@code expectedVersion} of the period's value
   * (null: the form was opened when none was recorded).
   *
   * @throws StaleValueException, writing nothing, when another version has been saved since
   * @return true when something was written
   */
  @Transactional
  public boolean record(
      NewValue value, String indicatorCode, String by, String reason, Long expectedVersion) {
    VersionLock.take(db, "indicator_value", value.indicatorId(), value.period().code());
    Optional<IndicatorValue> current = current(value.indicatorId(), value.period().code());
    if (OpenedVersion.isStale(current, expectedVersion)) {
      throw new StaleValueException(current.get());
    }
    return write(value, indicatorCode, by, reason, current);
  }

  private boolean write(
      NewValue value,
      String indicatorCode,
      String by,
      String reason,
      Optional<IndicatorValue> current) {
    if (current.isPresent()) {
      if (value.sameAs(current.get())) {
        return false;
      }
      if (reason == null || reason.isBlank()) {
        throw new CorrectionNeedsReasonException(indicatorCode, value.period().label());
      }
      db.sql("update indicator_value set superseded_at = now() where id = :id")
          .param("id", current.get().id())
          .update();
    }
    db.sql(
            """
            insert into indicator_value (indicator_id, period_code, period_start, period_end, value,
                   numerator, denominator, marker, provisional, note, source, recorded_by, reason)
            values (:indicator, :code, :start, :end, :value, :numerator, :denominator, :marker,
                   :provisional, :note, :source, :by, :reason)
            """)
        .param("indicator", value.indicatorId())
        .param("code", value.period().code())
        .param("start", value.period().start())
        .param("end", value.period().end())
        .param("value", value.figure().number())
        .param("numerator", value.numerator())
        .param("denominator", value.denominator())
        .param("marker", value.figure().marker() == null ? null : value.figure().marker().name())
        .param("provisional", value.provisional())
        .param("note", value.note())
        .param("source", value.source())
        .param("by", by)
        .param("reason", current.isPresent() ? reason : null)
        .update();
    return true;
  }

  private static IndicatorValue map(ResultSet rs, int row) throws SQLException {
    BigDecimal number = rs.getBigDecimal("value");
    String marker = rs.getString("marker");
    return new IndicatorValue(
        rs.getLong("id"),
        rs.getLong("indicator_id"),
        Periods.fromCodeEnding(
            rs.getString("period_code"), rs.getObject("period_end", LocalDate.class)),
        number != null ? Figure.of(number) : Figure.marked(Marker.valueOf(marker)),
        rs.getBigDecimal("numerator"),
        rs.getBigDecimal("denominator"),
        rs.getBoolean("provisional"),
        rs.getString("note"),
        rs.getString("source"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("recorded_by"),
        rs.getString("reason"));
  }
}
