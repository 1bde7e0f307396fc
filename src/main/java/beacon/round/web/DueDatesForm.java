package beacon.round.web;

import beacon.round.CollectionRound;
import beacon.rules.round.DueDates;
import beacon.web.EntryForm;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The due dates as sent from two GOV.UK date inputs (day, month and year each), and why they
 * change. An error on a date is given to its day field, which the error summary links to. {@code
 * version} is the version of the dates in force when the form was opened.
 */
public class DueDatesForm implements EntryForm {

  private String version = "";

  @Override
  public String version() {
    return version;
  }

  /** The form opened again on the version saved now. */
  public void reopenOn(long savedVersion) {
    version = String.valueOf(savedVersion);
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  private String dataDueDay = "";
  private String dataDueMonth = "";
  private String dataDueYear = "";
  private String commentaryDueDay = "";
  private String commentaryDueMonth = "";
  private String commentaryDueYear = "";
  private String reason = "";

  /** Fills the date fields with the round's dates in force, opening the form on their version. */
  void fill(CollectionRound round) {
    DueDates dates = round.dueDates();
    reopenOn(round.datesVersion());
    dataDueDay = String.valueOf(dates.dataDue().getDayOfMonth());
    dataDueMonth = String.valueOf(dates.dataDue().getMonthValue());
    dataDueYear = String.valueOf(dates.dataDue().getYear());
    commentaryDueDay = String.valueOf(dates.commentaryDue().getDayOfMonth());
    commentaryDueMonth = String.valueOf(dates.commentaryDue().getMonthValue());
    commentaryDueYear = String.valueOf(dates.commentaryDue().getYear());
  }

  /** The due dates, or empty when a date is missing, not a date, or in the wrong order. */
  Optional<DueDates> dueDates(Errors errors) {
    Optional<LocalDate> data = date(errors, "dataDue", dataDueDay, dataDueMonth, dataDueYear);
    Optional<LocalDate> commentary =
        date(errors, "commentaryDue", commentaryDueDay, commentaryDueMonth, commentaryDueYear);
    if (data.isEmpty() || commentary.isEmpty()) {
      return Optional.empty();
    }
    if (commentary.get().isBefore(data.get())) {
      errors.rejectValue(
          "commentaryDueDay",
          "round.error.commentaryDue.beforeData",
          "The commentary cannot be due before the data");
      return Optional.empty();
    }
    return Optional.of(new DueDates(data.get(), commentary.get()));
  }

  private static Optional<LocalDate> date(
      Errors errors, String name, String day, String month, String year) {
    if (EntryForm.blank(day) && EntryForm.blank(month) && EntryForm.blank(year)) {
      errors.rejectValue(name + "Day", "round.error." + name + ".missing", "Enter the date");
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(year.strip());
      if (y < 2000 || y > 2100) {
        throw new DateTimeException("not this century");
      }
      return Optional.of(
          LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
    } catch (RuntimeException e) {
      errors.rejectValue(name + "Day", "round.error." + name + ".invalid", "Enter a real date");
      return Optional.empty();
    }
  }

  public String getDataDueDay() {
    return dataDueDay;
  }

  public void setDataDueDay(String dataDueDay) {
    this.dataDueDay = dataDueDay;
  }

  public String getDataDueMonth() {
    return dataDueMonth;
  }

  public void setDataDueMonth(String dataDueMonth) {
    this.dataDueMonth = dataDueMonth;
  }

  public String getDataDueYear() {
    return dataDueYear;
  }

  public void setDataDueYear(String dataDueYear) {
    this.dataDueYear = dataDueYear;
  }

  public String getCommentaryDueDay() {
    return commentaryDueDay;
  }

  public void setCommentaryDueDay(String commentaryDueDay) {
    this.commentaryDueDay = commentaryDueDay;
  }

  public String getCommentaryDueMonth() {
    return commentaryDueMonth;
  }

  public void setCommentaryDueMonth(String commentaryDueMonth) {
    this.commentaryDueMonth = commentaryDueMonth;
  }

  public String getCommentaryDueYear() {
    return commentaryDueYear;
  }

  public void setCommentaryDueYear(String commentaryDueYear) {
    this.commentaryDueYear = commentaryDueYear;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
