package beacon.round.web;

import beacon.rules.round.DueDates;
import beacon.web.EntryForm;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The due dates as sent from two GOV.UK date inputs (day, month and year each). An error on a date
 * is given to its day field, which the error summary links to.
 */
interface DueDateFields {

  String dataDueDay();

  String dataDueMonth();

  String dataDueYear();

  String commentaryDueDay();

  String commentaryDueMonth();

  String commentaryDueYear();

  /** The due dates, or empty when a date is missing, not a date, or in the wrong order. */
  default Optional<DueDates> dueDates(Errors errors) {
    Optional<LocalDate> data = date(errors, "dataDue", dataDueDay(), dataDueMonth(), dataDueYear());
    Optional<LocalDate> commentary =
        date(
            errors, "commentaryDue", commentaryDueDay(), commentaryDueMonth(), commentaryDueYear());
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
}
