package beacon.entry;

import static beacon.web.EntryForm.blank;
import static beacon.web.EntryForm.sent;

import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.web.EntryForm;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The commentary form as sent: the narrative, the improvement actions one a line, the benchmarking
 * sentence, the author and the state. {@code version} is the id of the commentary the form was
 * opened on (empty when there was none). A field not sent is empty, but for the state, which is
 * then a draft.
 */
public record CommentaryForm(
    String version,
    String narrative,
    String actions,
    String benchmarkText,
    String author,
    String state)
    implements EntryForm {

  public CommentaryForm {
    version = sent(version);
    narrative = sent(narrative);
    actions = sent(actions);
    benchmarkText = sent(benchmarkText);
    author = sent(author);
    state = sent(state, CommentaryState.DRAFT.name());
  }

  /** A form for commentary not yet written. */
  static CommentaryForm empty() {
    return new CommentaryForm(null, null, null, null, null, null);
  }

  /** A form opened on the commentary saved now, to edit it. */
  static CommentaryForm editing(Commentary current) {
    return new CommentaryForm(
        String.valueOf(current.id()),
        current.narrative(),
        String.join("\n", current.improvementActions()),
        current.benchmarkText(),
        current.author(),
        current.state().name());
  }

  /** The form, as typed, opened again on the version saved now. */
  CommentaryForm reopenedOn(long savedVersion) {
    return new CommentaryForm(
        String.valueOf(savedVersion), narrative, actions, benchmarkText, author, state);
  }

  /** The longest commentary, or list of improvement actions, kept: about three pages. */
  static final int LONGEST_NARRATIVE = 10_000;

  /** Checks the form, rejecting each wrong field with a message naming it. */
  void validate(Errors errors) {
    if (blank(narrative)) {
      errors.rejectValue("narrative", "entry.commentary.error.narrative", "Enter the commentary");
    } else if (narrative.length() > LONGEST_NARRATIVE) {
      errors.rejectValue(
          "narrative",
          "entry.commentary.error.narrativeLength",
          "The commentary must be 10,000 characters or fewer");
    }
    if (actions.length() > LONGEST_NARRATIVE) {
      errors.rejectValue(
          "actions",
          "entry.commentary.error.actionsLength",
          "The improvement actions must be 10,000 characters or fewer");
    }
    if (chosenState() == null) {
      errors.rejectValue("state", "entry.commentary.error.state", "Choose the state");
    }
  }

  /** The improvement actions, one a line, without empty lines or list marks typed before them. */
  List<String> improvementActions() {
    return Arrays.stream(actions.split("\\R"))
        .map(line -> line.strip().replaceFirst("^([-*\u2022]|\\d+[.)])\\s+", ""))
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /** The state chosen; null when it is none of the states. */
  CommentaryState chosenState() {
    for (CommentaryState s : CommentaryState.values()) {
      if (s.name().equals(state)) {
        return s;
      }
    }
    return null;
  }
}
