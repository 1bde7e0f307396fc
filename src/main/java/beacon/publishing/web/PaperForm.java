package beacon.publishing.web;

import beacon.papers.Layout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/**
 * The papers page's choices as sent: the layout, reporting period and portfolio, the committee
 * summary's front sheet, and, to publish, a note.
 */
public class PaperForm {

  private String layout = Layout.EXCEPTIONS.urlName();
  private String period = "";
  private String portfolio = "";
  private String title = "";
  private String committee = "";
  private String meeting = "";
  private String recommendation = "";
  private String summary = "";
  private String note = "";

  /** The layout chosen, if it is one; rejected with a message otherwise. */
  Layout layout(Errors errors) {
    Layout chosen = Layout.named(layout == null ? "" : layout).orElse(null);
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
    if (note != null && note.length() > 2000) {
      errors.rejectValue(
          "note", "publishing.error.note.long", "Enter a note of 2000 characters or fewer");
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getLayout() {
    return layout;
  }

  public void setLayout(String layout) {
    this.layout = layout;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getPortfolio() {
    return portfolio;
  }

  public void setPortfolio(String portfolio) {
    this.portfolio = portfolio;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCommittee() {
    return committee;
  }

  public void setCommittee(String committee) {
    this.committee = committee;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public void setRecommendation(String recommendation) {
    this.recommendation = recommendation;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
