package beacon.publishing.web;

import static java.util.Objects.requireNonNullElse;

import beacon.papers.Layout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/**
 * The papers page's choices as sent: the layout, reporting period and portfolio, the committee
 * summary's front sheet, and, to publish, a note. A field not sent is empty, but for the layout,
 * which is then the exceptions report.
 */
public record PaperForm(
    String layout,
    String period,
    String portfolio,
    String title,
    String committee,
    String meeting,
    String recommendation,
    String summary,
    String note) {

  public PaperForm {
    layout = requireNonNullElse(layout, Layout.EXCEPTIONS.urlName());
    period = requireNonNullElse(period, "");
    portfolio = requireNonNullElse(portfolio, "");
    title = requireNonNullElse(title, "");
    committee = requireNonNullElse(committee, "");
    meeting = requireNonNullElse(meeting, "");
    recommendation = requireNonNullElse(recommendation, "");
    summary = requireNonNullElse(summary, "");
    note = requireNonNullElse(note, "");
  }

  /** The same choices for the reporting period {@code period} (its code). */
  PaperForm forPeriod(String period) {
    return new PaperForm(
        layout, period, portfolio, title, committee, meeting, recommendation, summary, note);
  }

  /** The layout chosen, if it is one; rejected with a message otherwise. */
  Layout chosenLayout(Errors errors) {
    Layout chosen = Layout.named(layout).orElse(null);
    if (chosen == null) {
      errors.rejectValue("layout", "publishing.error.layout", "Choose the kind of paper");
    }
    return chosen;
  }

  /** The meeting's day, or null when none is given or it is not a date (then rejected). */
  LocalDate meetingDate(Errors errors) {
    if (blank(meeting)) {
      return null;
    }
    try {
      return LocalDate.parse(meeting.strip());
    } catch (DateTimeParseException e) {
      errors.rejectValue(
          "meeting",
          "publishing.error.meeting",
          "Enter the meeting date as year, month and day, like 2017-09-12");
      return null;
    }
  }

  void validatePublisher(Errors errors) {
    if (note.length() > 2000) {
      errors.rejectValue(
          "note", "publishing.error.note.long", "Enter a note of 2000 characters or fewer");
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
