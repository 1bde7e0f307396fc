package beacon.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.commentary.StaleCommentaryException;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import beacon.rules.version.SavedSinceOpenedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Signing off commentary, and changing a round's due dates, from a version other than the one saved
 * now is refused and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleSignOffAndDueDatesIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final DueDates DATES =
      new DueDates(LocalDate.of(2024, 7, 12), LocalDate.of(2024, 7, 26));

  @Autowired TestCouncils councils;
  @Autowired CollectionRounds rounds;
  @Autowired CommentaryApprovals approvals;
  @Autowired SignOff signOff;
  @Autowired Commentaries commentaries;
  @Autowired Indicators indicators;

  private TestCouncil council;
  private CollectionRound round;
  private Indicator x1;

  @BeforeEach
  void aCouncilWithARoundForQ1() {
    council = councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    round = rounds.open(council.id(), Q1, DATES, "A. Officer", null);
    x1 = indicators.withCode(council.id(), "X1").orElseThrow();
  }

  @Test
  void approvingOrReturningAVersionOtherThanTheOneSavedNowIsRefusedAndChangesNothing() {
    submitted("Performance fell to 75%.");
    Long read = signOff.savedNow(x1, Q1);
    submitted("Performance rose to 85%.");

    assertThatThrownBy(() -> approvals.approve(x1, Q1, read, Optional.empty()))
        .isInstanceOfSatisfying(
            StaleCommentaryException.class,
            e -> assertThat(e.current().narrative()).isEqualTo("Performance rose to 85%."));
    assertThatThrownBy(() -> approvals.returnForChanges(x1, Q1, "Why?", read, Optional.empty()))
        .isInstanceOf(StaleCommentaryException.class);
    assertThatThrownBy(() -> approvals.approve(x1, Q1, null, Optional.empty()))
        .isInstanceOf(StaleCommentaryException.class);
    assertThat(commentaries.history(x1.id(), Q1.code()))
        .extracting(Commentary::state)
        .containsExactly(CommentaryState.SUBMITTED, CommentaryState.SUBMITTED);
  }

  @Test
  void changingTheDueDatesFromAFormOpenedBeforeAnotherChangeIsRefusedAndChangesNothing() {
    DueDates later = new DueDates(LocalDate.of(2024, 7, 19), LocalDate.of(2024, 8, 2));
    rounds.changeDueDates(round, later, "B. Officer", null, (long) round.datesVersion());

    assertThatThrownBy(
            () ->
                rounds.changeDueDates(
                    round, DATES, "C. Officer", null, (long) round.datesVersion()))
        .isInstanceOfSatisfying(
            SavedSinceOpenedException.class,
            e -> assertThat(e.saved().recordedBy()).isEqualTo("B. Officer"));
    assertThat(rounds.find(council.id(), Q1).orElseThrow().dueDates()).isEqualTo(later);
    assertThat(rounds.earlierDueDates(round.id())).hasSize(1);
  }

  private void submitted(String narrative) {
    commentaries.add(
        x1.id(),
        Q1.code(),
        narrative,
        List.of("Audit the referrals"),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        null,
        "A. Lead");
  }
}
