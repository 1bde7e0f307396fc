package beacon.round.web;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.web.EntryForm;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The form to open a collection round: the reporting quarter, the due dates and a note. */
public class OpenRoundForm extends DueDatesForm {

  private String period = "";
  private String note = "";

  /** The quarter chosen, or empty, rejecting the field, when none is. */
  Optional<FinancialQuarter> quarter(Errors errors) {
    try {
      if (!EntryForm.blank(period)
          && Periods.fromCode(period.strip()) instanceof FinancialQuarter q) {
        return Optional.of(q);
      }
    } catch (PeriodFormatException e) {
      // rejected below
    }
    errors.rejectValue("period", "round.error.period", "Choose the reporting period");
    return Optional.empty();
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
}
