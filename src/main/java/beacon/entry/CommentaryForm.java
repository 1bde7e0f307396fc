package beacon.entry;

import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.web.EntryForm;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The commentary form as sent: the narrative, the improvement actions one a line, the benchmarking
 * sentence, the author and the state. {@code version} is the id of the commentary the form was
 * opened on (empty when there was none).
 */
public class CommentaryForm extends EntryForm {

  private String narrative = "";
  private String actions = "";
  private String benchmarkText = "";
  private String author = "";
  private String state = CommentaryState.DRAFT.name();

  /** A form opened on the commentary saved now, to edit it. */
  static CommentaryForm editing(Commentary current) {
    CommentaryForm form = new CommentaryForm();
    form.narrative = current.narrative() == null ? "" : current.narrative();
    form.actions = String.join("\n", current.improvementActions());
    form.benchmarkText = current.benchmarkText() == null ? "" : current.benchmarkText();
    form.author = current.author() == null ? "" : current.author();
    form.state = current.state().name();
    form.reopenOn(current.id());
    return form;
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
    if (actions != null && actions.length() > LONGEST_NARRATIVE) {
      errors.rejectValue(
          "actions",
          "entry.commentary.error.actionsLength",
          "The improvement actions must be 10,000 characters or fewer");
    }
    if (state() == null) {
      errors.rejectValue("state", "entry.commentary.error.state", "Choose the state");
    }
  }

  /** The improvement actions, one a line, without empty lines or list marks typed before them. */
  List<String> improvementActions() {
    return Arrays.stream((actions == null ? "" : actions).split("\\R"))
        .map(line -> line.strip().replaceFirst("^([-*\u2022]|\\d+[.)])\\s+", ""))
        .filter(line -> !line.isEmpty())
        .toList();
  }

  CommentaryState state() {
    for (CommentaryState s : CommentaryState.values()) {
      if (s.name().equals(state)) {
        return s;
      }
    }
    return null;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public String getActions() {
    return actions;
  }

  public void setActions(String actions) {
    this.actions = actions;
  }

  public String getBenchmarkText() {
    return benchmarkText;
  }

  public void setBenchmarkText(String benchmarkText) {
    this.benchmarkText = benchmarkText;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
