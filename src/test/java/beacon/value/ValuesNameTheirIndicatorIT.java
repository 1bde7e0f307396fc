package beacon.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every value recorded names an indicator there is, as a foreign key would keep it, though the
 * database checks it once per statement rather than once per row: a value of an indicator there is
 * not is refused with the foreign key's SQLSTATE and nothing of its statement is written, and an
 * indicator with values recorded cannot be removed or renumbered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValuesNameTheirIndicatorIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final FinancialQuarter Q2 = new FinancialQuarter(2024, 2);
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  @Autowired TestCouncils councils;
  @Autowired JdbcClient db;

  @Test
  void aValueOfAnIndicatorThereIsNotIsRefusedWithTheRestOfItsStatement() {
    long indicator = councils.aCouncil().withQuarterlyIndicator("X1", "80").indicatorId("X1");
    long noIndicator = db.sql("select max(id) + 1000 from indicator").query(Long.class).single();
    long trailBefore = trailLines(indicator);

    assertThatThrownBy(
            () ->
                db.sql(
                        """
                        insert into indicator_value (indicator_id, period_code, period_start,
                               period_end, value, source, recorded_by)
                        values (:indicator, :q1, :q1start, :q1end, 70, 'values.csv', 'import'),
                               (:missing, :q2, :q2start, :q2end, 71, 'values.csv', 'import')
                        """)
                    .param("indicator", indicator)
                    .param("missing", noIndicator)
                    .param("q1", Q1.code())
                    .param("q1start", Q1.start())
                    .param("q1end", Q1.end())
                    .param("q2", Q2.code())
                    .param("q2start", Q2.start())
                    .param("q2end", Q2.end())
                    .update())
        .hasMessageContaining("Key (indicator_id)=(" + noIndicator + ") is not present")
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo(FOREIGN_KEY_VIOLATION));

    assertThat(valuesOf(indicator)).isZero();
    assertThat(trailLines(indicator)).isEqualTo(trailBefore);
  }

  @Test
  void aValueMovedToAnIndicatorThereIsNotIsRefused() {
    long indicator =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", Q1, "70")
            .indicatorId("X1");

    assertThatThrownBy(
            () ->
                db.sql("update indicator_value set indicator_id = -1 where indicator_id = :id")
                    .param("id", indicator)
                    .update())
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo(FOREIGN_KEY_VIOLATION));
    assertThat(valuesOf(indicator)).isOne();
  }

  @Test
  void anIndicatorWithValuesRecordedCannotBeRemoved() {
    long indicator =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", Q1, "70")
            .indicatorId("X1");
    db.sql("delete from target where indicator_id = :id").param("id", indicator).update();

    assertThatThrownBy(
            () -> db.sql("delete from indicator where id = :id").param("id", indicator).update())
        .hasMessageContaining("values are recorded for it")
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo(FOREIGN_KEY_VIOLATION));
    assertThatThrownBy(
            () ->
                db.sql("update indicator set id = default where id = :id")
                    .param("id", indicator)
                    .update())
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo(FOREIGN_KEY_VIOLATION));
    assertThat(db.sql("select count(*) from indicator where id = :id").param("id", indicator))
        .extracting(sql -> sql.query(Long.class).single())
        .isEqualTo(1L);
  }

  @Test
  void anIndicatorWithNoValueMayStillBeRemoved() {
    long indicator = councils.aCouncil().withQuarterlyIndicator("X1", "80").indicatorId("X1");
    db.sql("delete from target where indicator_id = :id").param("id", indicator).update();

    assertThat(db.sql("delete from indicator where id = :id").param("id", indicator).update())
        .isOne();
  }

  private long valuesOf(long indicator) {
    return db.sql("select count(*) from indicator_value where indicator_id = :id")
        .param("id", indicator)
        .query(Long.class)
        .single();
  }

  private long trailLines(long indicator) {
    return db.sql(
            "select count(*) from audit_line where table_name = 'indicator_value'"
                + " and indicator_id = :id")
        .param("id", indicator)
        .query(Long.class)
        .single();
  }

  private static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
