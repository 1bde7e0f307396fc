package beacon.round.web;

import static beacon.web.EntryForm.sent;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.web.EntryForm;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The form to open a collection round: the reporting quarter, the due dates and a note. A field not
 * sent is empty.
 */
public record OpenRoundForm(
    String period,
    String dataDueDay,
    String dataDueMonth,
    String dataDueYear,
    String commentaryDueDay,
    String commentaryDueMonth,
    String commentaryDueYear,
    String note)
    implements DueDateFields {

  public OpenRoundForm {
    period = sent(period);
    dataDueDay = sent(dataDueDay);
    dataDueMonth = sent(dataDueMonth);
    dataDueYear = sent(dataDueYear);
    commentaryDueDay = sent(commentaryDueDay);
    commentaryDueMonth = sent(commentaryDueMonth);
    commentaryDueYear = sent(commentaryDueYear);
    note = sent(note);
  }

  /** The form with nothing typed yet. */
  static OpenRoundForm empty() {
    return new OpenRoundForm(null, null, null, null, null, null, null, null);
  }

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
}
