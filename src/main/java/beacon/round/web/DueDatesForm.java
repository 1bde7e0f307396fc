package beacon.round.web;

import static beacon.web.EntryForm.sent;

import beacon.round.CollectionRound;
import beacon.rules.round.DueDates;
import beacon.web.EntryForm;

/**
 * The due dates as sent from two GOV.UK date inputs (day, month and year each), and why they
 * change. {@code version} is the version of the dates in force when the form was opened. A field
 * not sent is empty.
 */
public record DueDatesForm(
    String version,
    String dataDueDay,
    String dataDueMonth,
    String dataDueYear,
    String commentaryDueDay,
    String commentaryDueMonth,
    String commentaryDueYear,
    String reason)
    implements EntryForm, DueDateFields {

  public DueDatesForm {
    version = sent(version);
    dataDueDay = sent(dataDueDay);
    dataDueMonth = sent(dataDueMonth);
    dataDueYear = sent(dataDueYear);
    commentaryDueDay = sent(commentaryDueDay);
    commentaryDueMonth = sent(commentaryDueMonth);
    commentaryDueYear = sent(commentaryDueYear);
    reason = sent(reason);
  }

  /** The form filled with the round's dates in force, opened on their version. */
  static DueDatesForm of(CollectionRound round) {
    DueDates dates = round.dueDates();
    return new DueDatesForm(
        String.valueOf(round.datesVersion()),
        String.valueOf(dates.dataDue().getDayOfMonth()),
        String.valueOf(dates.dataDue().getMonthValue()),
        String.valueOf(dates.dataDue().getYear()),
        String.valueOf(dates.commentaryDue().getDayOfMonth()),
        String.valueOf(dates.commentaryDue().getMonthValue()),
        String.valueOf(dates.commentaryDue().getYear()),
        null);
  }

  /** The form, as typed, opened again on the version of the dates saved now. */
  DueDatesForm reopenedOn(long savedVersion) {
    return new DueDatesForm(
        String.valueOf(savedVersion),
        dataDueDay,
        dataDueMonth,
        dataDueYear,
        commentaryDueDay,
        commentaryDueMonth,
        commentaryDueYear,
        reason);
  }
}
