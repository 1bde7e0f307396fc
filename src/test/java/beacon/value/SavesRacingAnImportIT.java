package beacon.value;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.commentary.StaleCommentaryException;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Target;
import beacon.targets.IndicatorTarget;
import beacon.targets.StaleTargetException;
import beacon.targets.Targets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A form's save that meets a version written at the same moment by an import (which does not wait
 * for forms' saves) is refused as stale, naming what the import wrote, and writes nothing: the
 * import writes first and holds its transaction open, the form's save is sent and waits on the
 * import's row, and only then does the import commit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SavesRacingAnImportIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final FinancialYear BEYOND_THE_TARGETS = new FinancialYear(2031);

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;
  @Autowired Targets targets;
  @Autowired Commentaries commentaries;
  @Autowired JdbcClient db;
  @Autowired PlatformTransactionManager transactionManager;

  private long indicator;

  @BeforeEach
  void aCouncilWithNothingRecordedForTheQuarter() {
    indicator = councils.aCouncil().withQuarterlyIndicator("X1", "80").indicatorId("X1");
  }

  @Test
  void aValueRecordedFromAFormAsAnImportRecordsOneIsRefusedAsStaleAndWritesNothing() {
    Throwable refusal =
        saveWhileAnImportWrites(
            () -> importValue("77"), () -> values.record(value("84"), "X1", "officer", null, null));

    assertThat(refusal)
        .isInstanceOfSatisfying(
            StaleValueException.class,
            e -> assertThat(e.current().recordedBy()).isEqualTo("import"));
    List<IndicatorValue> history = values.history(indicator, Q1.code());
    assertThat(history).extracting(IndicatorValue::recordedBy).containsExactly("import");
    assertThat(history.get(0).figure().number()).isEqualByComparingTo("77");
  }

  @Test
  void aSaveRefusedWithinATransactionOfItsCallerLeavesThatTransactionToGoOn() {
    List<String> readAfterwards = new ArrayList<>();
    Throwable refusal =
        saveWhileAnImportWrites(
            () -> importValue("77"),
            () ->
                new TransactionTemplate(transactionManager)
                    .executeWithoutResult(
                        status -> {
                          try {
                            values.record(value("84"), "X1", "officer", null, null);
                          } finally {
                            readAfterwards.add(
                                db.sql("select code from indicator where id = :id")
                                    .param("id", indicator)
                                    .query(String.class)
                                    .single());
                          }
                        }));

    assertThat(refusal).isInstanceOf(StaleValueException.class);
    assertThat(readAfterwards).containsExactly("X1");
    assertThat(values.history(indicator, Q1.code()))
        .extracting(IndicatorValue::recordedBy)
        .containsExactly("import");
  }

  @Test
  void aTargetSetFromAFormAsAnImportSetsOneIsRefusedAsStaleAndWritesNothing() {
    Throwable refusal =
        saveWhileAnImportWrites(
            () ->
                targets.add(
                    indicator, BEYOND_THE_TARGETS, Target.of("75"), "targets.csv", null, "import"),
            () ->
                targets.set(
                    indicator, BEYOND_THE_TARGETS, Target.of("90"), null, "officer", null, null));

    assertThat(refusal)
        .isInstanceOfSatisfying(
            StaleTargetException.class,
            e -> assertThat(e.current().recordedBy()).isEqualTo("import"));
    List<IndicatorTarget> history = targets.history(indicator, BEYOND_THE_TARGETS.code());
    assertThat(history).extracting(IndicatorTarget::recordedBy).containsExactly("import");
    assertThat(history.get(0).target().value()).isEqualByComparingTo("75");
  }

  @Test
  void commentarySavedFromAFormAsOtherCommentaryIsAddedIsRefusedAsStaleAndWritesNothing() {
    Throwable refusal =
        saveWhileAnImportWrites(
            () ->
                commentaries.add(
                    indicator,
                    Q1.code(),
                    "From the import",
                    List.of("Imported action"),
                    null,
                    null,
                    CommentaryState.DRAFT,
                    "commentary.csv",
                    "import"),
            () ->
                commentaries.save(
                    indicator,
                    Q1.code(),
                    "From the form",
                    List.of("Typed action"),
                    null,
                    null,
                    CommentaryState.DRAFT,
                    "officer",
                    null));

    assertThat(refusal)
        .isInstanceOfSatisfying(
            StaleCommentaryException.class,
            e -> assertThat(e.current().recordedBy()).isEqualTo("import"));
    List<Commentary> history = commentaries.history(indicator, Q1.code());
    assertThat(history).extracting(Commentary::narrative).containsExactly("From the import");
    assertThat(history.get(0).improvementActions()).containsExactly("Imported action");
    assertThat(
            db.sql("select count(*) from improvement_action where action = 'Typed action'")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** Records a value as the values import does, not waiting for forms' saves of the row. */
  private void importValue(String number) {
    db.sql(
            """
            insert into indicator_value (indicator_id, period_code, period_start, period_end,
                   value, source, recorded_by)
            values (:indicator, :code, :start, :end, :value, 'values.csv', 'import')
            """)
        .param("indicator", indicator)
        .param("code", Q1.code())
        .param("start", Q1.start())
        .param("end", Q1.end())
        .param("value", new BigDecimal(number))
        .update();
  }

  private NewValue value(String number) {
    return new NewValue(indicator, Q1, Figure.of(number), null, null, false, null, null);
  }

  /**
   * Writes as an import does, in a transaction held open until the form's save waits on the row
   * written, then commits it.
   *
   * @return what the form's save threw, or null when it saved
   */
  private Throwable saveWhileAnImportWrites(Runnable importWrites, Runnable formSaves) {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> importing =
        CompletableFuture.runAsync(
            () ->
                new TransactionTemplate(transactionManager)
                    .executeWithoutResult(
                        status -> {
                          importWrites.run();
                          written.countDown();
                          await(commit);
                        }));
    await(written);
    CompletableFuture<Throwable> saving =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                formSaves.run();
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });
    try {
      awaitASaveWaitingOnTheImportsRow();
    } finally {
      commit.countDown();
    }
    importing.join();
    return saving.join();
  }

  /** Until a transaction waits for another to end, as an insert waits on a row not committed. */
  private void awaitASaveWaitingOnTheImportsRow() {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
    while (db.sql("select count(*) from pg_locks where locktype = 'transactionid' and not granted")
            .query(Long.class)
            .single()
        == 0) {
      assertThat(Instant.now()).as("the form's save waits on the import's row").isBefore(giveUp);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Waited 30 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
