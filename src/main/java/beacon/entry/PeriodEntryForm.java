package beacon.entry;

import beacon.rules.period.Period;
import beacon.web.EntryForm;
import org.springframework.validation.Errors;

/**
 * A data entry form for one period (a value, a target): the period typed, a note, and the reason
 * for a change to what was saved. {@code openedPeriod} is the code of the period the form was
 * opened for.
 */
public abstract class PeriodEntryForm extends EntryForm {

  private String period = "";
  private String note = "";
  private String reason = "";
  private String openedPeriod = "";

  /** The form opened for a period that has nothing saved yet. */
  public void openFor(Period opened) {
    period = opened.label();
    openedPeriod = opened.code();
  }

  /** The form opened again on the version saved now for its period. */
  public void reopenOn(long savedVersion, Period saved) {
    reopenOn(savedVersion);
    openedPeriod = saved.code();
    period = saved.code();
  }

  /** Whether the form was opened for this period. */
  public boolean openedFor(Period read) {
    return read.code().equals(openedPeriod);
  }

  /** Rejects a change to what was saved that does not say why, with the message {@code code}. */
  protected void rejectMissingReason(Errors errors, String code) {
    if (isReplacing() && blank(reason)) {
      errors.rejectValue("reason", code, "Enter the reason");
    }
  }

  /** The reason for the change; null when nothing saved is replaced. */
  public String reasonForChange() {
    return isReplacing() ? reason.strip() : null;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getOpenedPeriod() {
    return openedPeriod;
  }

  public void setOpenedPeriod(String openedPeriod) {
    this.openedPeriod = openedPeriod;
  }
}
