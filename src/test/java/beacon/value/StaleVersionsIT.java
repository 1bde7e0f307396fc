package beacon.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A form saved after someone else saved the same thing is refused and writes nothing; what a form
 * replaces stays on record with who and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleVersionsIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final FinancialYear YEAR = new FinancialYear(2024);

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;
  @Autowired Targets targets;
  @Autowired Commentaries commentaries;

  private long indicator;

  @BeforeEach
  void aCouncilWithAValue() {
    TestCouncils.TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    indicator = council.indicatorId("X1");
  }

  @Test
  void aValueFormOpenedOnAnOlderVersionIsRefusedAndWritesNothing() {
    long opened = values.current(indicator, Q1.code()).orElseThrow().id();
    values.record(value("84"), "X1", "officer.two", "late recording", opened);

    assertThatThrownBy(() -> values.record(value("90"), "X1", "officer.three", "typo", opened))
        .isInstanceOfSatisfying(
            StaleValueException.class,
            e -> {
              assertThat(e.current().figure().number()).isEqualByComparingTo("84");
              assertThat(e.current().recordedBy()).isEqualTo("officer.two");
            });
    List<IndicatorValue> history = values.history(indicator, Q1.code());
    assertThat(history)
        .extracting(v -> v.figure().number().toPlainString())
        .containsExactly("84", "75");
    assertThat(history.get(0).reason()).isEqualTo("late recording");
  }

  @Test
  void aValueFormOpenedOnAPeriodWithoutAValueIsRefusedWhenOneWasRecordedSince() {
    assertThatThrownBy(() -> values.record(value("90"), "X1", "officer.three", null, null))
        .isInstanceOf(StaleValueException.class);
    assertThat(values.history(indicator, Q1.code())).hasSize(1);
  }

  @Test
  void changingATargetKeepsTheOldOneWithWhoAndWhy() {
    IndicatorTarget old = targets.current(indicator, YEAR.code()).orElseThrow();

    targets.set(indicator, YEAR, Target.of("85", "5"), null, "officer.two", "new plan", old.id());

    List<IndicatorTarget> history = targets.history(indicator, YEAR.code());
    assertThat(history).hasSize(2);
    assertThat(history.get(0).target().value()).isEqualByComparingTo("85");
    assertThat(history.get(0).recordedBy()).isEqualTo("officer.two");
    assertThat(history.get(0).reason()).isEqualTo("new plan");
    assertThat(history.get(1).target().value()).isEqualByComparingTo("80");
    assertThat(targets.current(indicator, YEAR.code()).orElseThrow().id())
        .isEqualTo(history.get(0).id());
  }

  @Test
  void aTargetFormOpenedOnAnOlderVersionIsRefused() {
    IndicatorTarget old = targets.current(indicator, YEAR.code()).orElseThrow();
    targets.set(indicator, YEAR, Target.of("85"), null, "officer.two", "new plan", old.id());

    assertThatThrownBy(
            () ->
                targets.set(indicator, YEAR, Target.of("70"), null, "officer.three", "x", old.id()))
        .isInstanceOf(StaleTargetException.class);
    assertThat(targets.history(indicator, YEAR.code())).hasSize(2);
  }

  @Test
  void commentaryKeepsEveryVersionAndRefusesAStaleForm() {
    long first =
        commentaries.save(
            indicator,
            Q1.code(),
            "First",
            List.of("Act"),
            null,
            null,
            CommentaryState.DRAFT,
            "officer.one",
            null);
    commentaries.save(
        indicator,
        Q1.code(),
        "Second",
        List.of("Act", "Review"),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        "officer.two",
        first);

    assertThatThrownBy(
            () ->
                commentaries.save(
                    indicator,
                    Q1.code(),
                    "Third",
                    List.of(),
                    null,
                    null,
                    CommentaryState.DRAFT,
                    "officer.three",
                    first))
        .isInstanceOf(StaleCommentaryException.class);
    List<Commentary> history = commentaries.history(indicator, Q1.code());
    assertThat(history).extracting(Commentary::narrative).containsExactly("Second", "First");
    assertThat(history.get(0).improvementActions()).containsExactly("Act", "Review");
    assertThat(history.get(0).recordedBy()).isEqualTo("officer.two");
  }

  private NewValue value(String number) {
    return new NewValue(indicator, Q1, Figure.of(number), null, null, false, null, null);
  }
}
