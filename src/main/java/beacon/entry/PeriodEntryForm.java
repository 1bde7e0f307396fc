package beacon.entry;

import beacon.rules.period.Period;
import beacon.web.EntryForm;
import org.springframework.validation.Errors;

/**
 * A data entry form for one period (a value, a target): the period typed, a note, and the reason
 * for a change to what was saved. {@code openedPeriod} is the code of the period the form was
 * opened for.
 */
public interface PeriodEntryForm extends EntryForm {

  /** The period as typed. */
  String period();

  /** The note typed. */
  String note();

  /** The reason typed for a change to what was saved. */
  String reason();

  /** The code of the period the form was opened for; empty when it was opened for none. */
  String openedPeriod();

  /** Whether the form was opened for this period. */
  default boolean openedFor(Period read) {
    return read.code().equals(openedPeriod());
  }

  /** Rejects a change to what was saved that does not say why, with the message {@code code}. */
  default void rejectMissingReason(Errors errors, String code) {
    if (isReplacing() && EntryForm.blank(reason())) {
      errors.rejectValue("reason", code, "Enter the reason");
    }
  }

  /** The reason for the change; null when nothing saved is replaced. */
  default String reasonForChange() {
    return isReplacing() ? reason().strip() : null;
  }
}
