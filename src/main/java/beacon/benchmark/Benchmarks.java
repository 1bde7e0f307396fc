package beacon.benchmark;

import beacon.rules.period.Periods;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Benchmarks of indicators against England, the region, neighbours and others. */
@Repository
public class Benchmarks {

  private final JdbcClient db;

  Benchmarks(JdbcClient db) {
    this.db = db;
  }

  /** The current benchmarks of the indicators, by indicator, in the order they were given. */
  public Map<Long, List<Benchmark>> currentFor(Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return Map.of();
    }
    return db
        .sql(
            """
            select indicator_id, reporting_period_code, comparator, comparator_name, period_code,
                   value, source, published_on
              from benchmark
             where indicator_id in (:ids) and superseded_at is null
             order by indicator_id, id
            """)
        .param("ids", indicatorIds)
        .query(
            (rs, row) ->
                new Benchmark(
                    rs.getLong("indicator_id"),
                    rs.getString("reporting_period_code"),
                    Comparator.valueOf(rs.getString("comparator")),
                    rs.getString("comparator_name"),
                    rs.getString("period_code") == null
                        ? null
                        : Periods.fromCode(rs.getString("period_code")),
                    rs.getBigDecimal("value"),
                    rs.getString("source"),
                    rs.getObject("published_on", LocalDate.class)))
        .list()
        .stream()
        .collect(Collectors.groupingBy(Benchmark::indicatorId));
  }

  public void add(Benchmark benchmark, String by) {
    db.sql(
            """
            insert into benchmark (indicator_id, reporting_period_code, comparator, comparator_name,
                   period_code, value, source, published_on, recorded_by)
            values (:indicator, :reporting, :comparator, :name, :period, :value, :source,
                    :published, :by)
            """)
        .param("indicator", benchmark.indicatorId())
        .param("reporting", benchmark.reportingPeriodCode())
        .param("comparator", benchmark.comparator().name())
        .param("name", benchmark.comparatorName())
        .param("period", benchmark.period() == null ? null : benchmark.period().code())
        .param("value", benchmark.value())
        .param("source", benchmark.source())
        .param("published", benchmark.publishedOn())
        .param("by", by)
        .update();
  }

  /**
   * Closes the current figure of a comparator for a period given for no report (national data, an
   * import), kept in the table as history, before a newer figure is added.
   */
  public void supersede(
      long indicatorId, Comparator comparator, String comparatorName, String periodCode) {
    db.sql(
            """
            update benchmark set superseded_at = now()
             where indicator_id = :indicator and reporting_period_code is null
               and comparator = :comparator and comparator_name = :name
               and period_code = :period and superseded_at is null
            """)
        .param("indicator", indicatorId)
        .param("comparator", comparator.name())
        .param("name", comparatorName)
        .param("period", periodCode)
        .update();
  }

  /** A benchmark as stored, with its row id and who recorded it. */
  public record Recorded(long id, Benchmark benchmark, String recordedBy) {}

  /** The indicator's current figures given for no report (from national data or an import). */
  public List<Recorded> currentForNoReport(long indicatorId) {
    return db.sql(
            """
            select id, indicator_id, comparator, comparator_name, period_code, value, source,
                   published_on, recorded_by
              from benchmark
             where indicator_id = :indicator and reporting_period_code is null
               and superseded_at is null
             order by id
            """)
        .param("indicator", indicatorId)
        .query(
            (rs, row) ->
                new Recorded(
                    rs.getLong("id"),
                    new Benchmark(
                        rs.getLong("indicator_id"),
                        null,
                        Comparator.valueOf(rs.getString("comparator")),
                        rs.getString("comparator_name"),
                        rs.getString("period_code") == null
                            ? null
                            : Periods.fromCode(rs.getString("period_code")),
                        rs.getBigDecimal("value"),
                        rs.getString("source"),
                        rs.getObject("published_on", LocalDate.class)),
                    rs.getString("recorded_by")))
        .list();
  }

  /** Closes one benchmark row, kept in the table as history. */
  public void supersede(long id) {
    db.sql("update benchmark set superseded_at = now() where id = ? and superseded_at is null")
        .param(id)
        .update();
  }
}
