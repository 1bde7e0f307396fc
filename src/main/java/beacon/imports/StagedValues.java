package beacon.imports;

import beacon.database.CsvCopy;
import beacon.rules.period.Periods;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of a values file staged in a temporary table within the import's transaction, then
 * compared with what is recorded and written in a few statements, whatever the number of rows. Rows
 * go in through PostgreSQL's COPY, so a large file streams through in bulk.
 */
@Repository
class StagedValues {

  private final JdbcClient db;
  private final DataSource dataSource;

  StagedValues(JdbcClient db, DataSource dataSource) {
    this.db = db;
    this.dataSource = dataSource;
  }

  /** Rows on their way into the staging table. Must be used within a transaction. */
  Stage open() {
    db.sql(
            """
            create temporary table import_value (
              row_number int not null,
              indicator_id bigint not null,
              indicator_code text not null,
              period_code text not null,
              period_start date not null,
              period_end date not null,
              value numeric,
              numerator numeric,
              denominator numeric,
              marker text,
              provisional boolean not null,
              note text,
              status text
            ) on commit drop
            """)
        .update();
    return new Stage(
        CsvCopy.into(
            dataSource,
            "import_value (row_number, indicator_id, indicator_code, period_code, period_start,"
                + " period_end, value, numerator, denominator, marker, provisional, note)"));
  }

  /** Rows written to the staging table. */
  static final class Stage implements AutoCloseable {

    private final CsvCopy copy;

    private Stage(CsvCopy copy) {
      this.copy = copy;
    }

    void add(ValueRow row) {
      copy.plain(row.row())
          .plain(row.indicatorId())
          .text(row.indicatorCode())
          .text(row.period().code())
          .plain(row.period().start())
          .plain(row.period().end())
          .plain(row.figure().number())
          .plain(row.numerator())
          .plain(row.denominator())
          .plain(row.figure().marker() == null ? null : row.figure().marker().name())
          .plain(row.provisional())
          .text(row.note());
      copy.endRow();
    }

    /** Ends the copy: the staged rows are then in the table. */
    @Override
    public void close() {
      copy.close();
    }
  }

  /**
   * Rows that repeat an indicator and period of an earlier row: each later row with the row it
   * repeats.
   */
  List<int[]> duplicates() {
    return db.sql(
            """
            select row_number, first_row from (
              select row_number,
                     first_value(row_number) over (partition by indicator_id, period_code
                                                   order by row_number) as first_row
                from import_value) staged
             where row_number <> first_row
             order by row_number
             limit :most
            """)
        .param("most", ImportReport.MOST_LISTED)
        .query((rs, n) -> new int[] {rs.getInt("row_number"), rs.getInt("first_row")})
        .list();
  }

  /** Marks each staged row ADDED, CHANGED or UNCHANGED against the values recorded now. */
  void compare() {
    db.sql(
            """
            update import_value s
               set status = case
                 when v.id is null then 'ADDED'
                 when v.value is not distinct from s.value
                  and v.marker is not distinct from s.marker
                  and v.numerator is not distinct from s.numerator
                  and v.denominator is not distinct from s.denominator
                  and v.provisional = s.provisional
                  and v.note is not distinct from s.note then 'UNCHANGED'
                 else 'CHANGED' end
              from import_value s2
              left join indicator_value v
                on v.indicator_id = s2.indicator_id and v.period_code = s2.period_code
               and v.superseded_at is null
             where s.row_number = s2.row_number
            """)
        .update();
  }

  int count(String status) {
    return db.sql("select count(*) from import_value where status = :status")
        .param("status", status)
        .query(Integer.class)
        .single();
  }

  /** The changes, old to new, in the file's order. */
  List<ImportReport.Change> changes(Units units) {
    return db.sql(
            """
            select s.row_number, s.indicator_code, s.period_code, s.period_end,
                   v.value as was_value, v.marker as was_marker,
                   s.value as new_value, s.marker as new_marker
              from import_value s
              join indicator_value v
                on v.indicator_id = s.indicator_id and v.period_code = s.period_code
               and v.superseded_at is null
             where s.status = 'CHANGED'
             order by s.row_number
             limit :most
            """)
        .param("most", ImportReport.MOST_LISTED)
        .query(
            (rs, n) -> {
              Unit unit = units.of(rs.getString("indicator_code"));
              return new ImportReport.Change(
                  rs.getInt("row_number"),
                  rs.getString("indicator_code"),
                  Periods.fromCodeEnding(
                          rs.getString("period_code"), rs.getDate("period_end").toLocalDate())
                      .label(),
                  written(rs.getBigDecimal("was_value"), rs.getString("was_marker"), unit),
                  written(rs.getBigDecimal("new_value"), rs.getString("new_marker"), unit));
            })
        .list();
  }

  /** The units of indicators, by code, to write figures as councils do. */
  interface Units {
    Unit of(String indicatorCode);
  }

  private static String written(BigDecimal value, String marker, Unit unit) {
    Figure figure = value != null ? Figure.of(value) : Figure.marked(Marker.valueOf(marker));
    return figure.display(unit);
  }

  /**
   * Writes the added and changed rows: a changed value's current version is superseded and kept, as
   * a correction made in a form is, with the reason given.
   */
  void write(String by, String reason, String source) {
    db.sql(
            """
            update indicator_value v set superseded_at = now()
              from import_value s
             where s.status = 'CHANGED'
               and v.indicator_id = s.indicator_id and v.period_code = s.period_code
               and v.superseded_at is null
            """)
        .update();
    db.sql(
            """
            insert into indicator_value (indicator_id, period_code, period_start, period_end, value,
                   numerator, denominator, marker, provisional, note, source, recorded_by, reason)
            select indicator_id, period_code, period_start, period_end, value, numerator,
                   denominator, marker, provisional, note, :source, :by,
                   case when status = 'CHANGED' then :reason end
              from import_value
             where status in ('ADDED', 'CHANGED')
             order by row_number
            """)
        .param("source", source)
        .param("by", by)
        .param("reason", reason)
        .update();
  }
}
