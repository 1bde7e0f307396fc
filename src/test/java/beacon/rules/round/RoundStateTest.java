package beacon.rules.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.round.DueDates.Progress;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where an indicator is in a round, and when it is overdue. */
class RoundStateTest {

  private static final DueDates DATES =
      new DueDates(LocalDate.of(2023, 4, 14), LocalDate.of(2023, 4, 28));

  @Test
  void awaitsDataUntilAValueOrMarkerIsEntered() {
    assertThat(RoundState.of(false, CommentaryStage.NONE)).isEqualTo(RoundState.AWAITING_DATA);
    assertThat(RoundState.of(true, CommentaryStage.NONE)).isEqualTo(RoundState.DATA_ENTERED);
  }

  @Test
  void aDraftLeavesTheDataEnteredAndSubmittingOrApprovingMovesItOn() {
    assertThat(RoundState.of(true, CommentaryStage.DRAFT)).isEqualTo(RoundState.DATA_ENTERED);
    assertThat(RoundState.of(true, CommentaryStage.SUBMITTED))
        .isEqualTo(RoundState.COMMENTARY_SUBMITTED);
    assertThat(RoundState.of(true, CommentaryStage.APPROVED)).isEqualTo(RoundState.APPROVED);
  }

  @Test
  void commentaryWrittenBeforeTheFigureLeavesItAwaitingData() {
    assertThat(RoundState.of(false, CommentaryStage.APPROVED)).isEqualTo(RoundState.AWAITING_DATA);
    assertThat(RoundState.of(false, CommentaryStage.SUBMITTED)).isEqualTo(RoundState.AWAITING_DATA);
  }

  @Test
  void isNotOverdueOnTheDataDueDateItself() {
    Progress progress = DATES.progress(RoundState.AWAITING_DATA, LocalDate.of(2023, 4, 14));

    assertThat(progress.overdue()).isFalse();
    assertThat(progress.due()).isEqualTo(LocalDate.of(2023, 4, 14));
  }

  @Test
  void isOverdueTheDayAfterTheDataDueDateWithoutData() {
    assertThat(DATES.progress(RoundState.AWAITING_DATA, LocalDate.of(2023, 4, 15)).overdue())
        .isTrue();
  }

  @Test
  void dataEnteredAfterTheDataDueDateIsNotOverdueUntilTheCommentaryIsDue() {
    Progress before = DATES.progress(RoundState.DATA_ENTERED, LocalDate.of(2023, 4, 20));
    Progress after = DATES.progress(RoundState.DATA_ENTERED, LocalDate.of(2023, 4, 29));

    assertThat(before.overdue()).isFalse();
    assertThat(before.due()).isEqualTo(LocalDate.of(2023, 4, 28));
    assertThat(after.overdue()).isTrue();
  }

  @Test
  void submittedOrApprovedCommentaryIsNeverOverdueAndHasNothingMoreDue() {
    for (RoundState state :
        new RoundState[] {RoundState.COMMENTARY_SUBMITTED, RoundState.APPROVED}) {
      Progress progress = DATES.progress(state, LocalDate.of(2024, 1, 1));
      assertThat(progress.overdue()).isFalse();
      assertThat(progress.due()).isNull();
    }
  }

  @Test
  void commentaryCannotBeDueBeforeTheData() {
    assertThatThrownBy(() -> new DueDates(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 4, 14)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new DueDates(LocalDate.of(2023, 4, 14), LocalDate.of(2023, 4, 14)).commentaryDue())
        .isEqualTo(LocalDate.of(2023, 4, 14));
  }
}
