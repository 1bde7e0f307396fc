package beacon.rules.round;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a collection round sets: figures are due by {@code dataDue}, submitted commentary by
 * {@code commentaryDue}, which cannot come before it.
 */
public record DueDates(LocalDate dataDue, LocalDate commentaryDue) {

  public DueDates {
    Objects.requireNonNull(dataDue, "dataDue");
    Objects.requireNonNull(commentaryDue, "commentaryDue");
    if (commentaryDue.isBefore(dataDue)) {
      throw new IllegalArgumentException("Commentary cannot be due before the data");
    }
  }

  /**
   * Where an indicator in this state stands on {@code today}: the date that applies to it next and
   * whether that or an earlier date has passed without the state it asks for. Data due asks for the
   * figure; commentary due asks for submitted commentary. Nothing is late on its due date itself.
   */
  public Progress progress(RoundState state, LocalDate today) {
    boolean dataLate = today.isAfter(dataDue) && !state.reached(RoundState.DATA_ENTERED);
    boolean commentaryLate =
        today.isAfter(commentaryDue) && !state.reached(RoundState.COMMENTARY_SUBMITTED);
    LocalDate next =
        !state.reached(RoundState.DATA_ENTERED)
            ? dataDue
            : !state.reached(RoundState.COMMENTARY_SUBMITTED) ? commentaryDue : null;
    return new Progress(state, next, dataLate || commentaryLate);
  }

  /**
   * An indicator's standing in a round.
   *
   * @param due the date its next step is due; null once its commentary is submitted
   * @param overdue whether a due date has passed without the state it asks for
   */
  public record Progress(RoundState state, LocalDate due, boolean overdue) {}
}
