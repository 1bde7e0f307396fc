package beacon.entry;

import beacon.indicator.web.OrganisationIndicator;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.version.SavedVersion;
import beacon.web.SavedAt;
import beacon.web.StaleForms;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What the data entry pages (value, target, commentary) show alike: the organisation and indicator,
 * the heading and title, the version saved now, the way back; and the refusal of a form opened
 * before someone else saved.
 */
@Component
public class EntryPages {

  private final MessageSource messages;

  EntryPages(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * Puts in the model what every entry page shows.
   *
   * @param current the version saved now, which the form replaces; null for none
   * @param back the address of the page the form was opened from
   */
  public void show(
      Model model,
      OrganisationIndicator entry,
      SavedVersion current,
      String heading,
      boolean withErrors,
      String back) {
    model.addAttribute("organisation", entry.organisation());
    model.addAttribute("section", "indicators");
    model.addAttribute("indicator", entry.indicator());
    model.addAttribute("current", current);
    model.addAttribute("currentDay", current == null ? null : SavedAt.day(current.recordedAt()));
    model.addAttribute("heading", heading);
    model.addAttribute("pageTitle", withErrors ? text("entry.title.withErrors", heading) : heading);
    model.addAttribute("back", back);
  }

  /**
   * Puts in the model what every entry page for one period (a value, a target) shows; the heading
   * names the period when the form replaces what was saved for it or was opened for it.
   *
   * @param period the period of what is saved now, or else the period typed, if any
   */
  public void show(
      Model model,
      OrganisationIndicator entry,
      PeriodEntryForm form,
      SavedVersion current,
      Optional<Period> period,
      Headings headings,
      boolean withErrors) {
    String heading =
        current != null
            ? text(headings.replacing(), period.get().label())
            : period
                .filter(form::openedFor)
                .map(p -> text(headings.opened(), p.label()))
                .orElseGet(() -> text(headings.any()));
    String back =
        entry.indicatorPage(
            period.map(p -> FinancialQuarter.containing(p.end())).orElse(null), null);
    show(model, entry, current, heading, withErrors, back);
  }

  /**
   * The message codes of the headings of an entry page for one period: when the form replaces what
   * was saved, when it was opened for a period with nothing saved, and for any period.
   */
  public record Headings(String replacing, String opened, String any) {}

  /**
   * Refuses a form because someone else saved {@code current} after it was opened, with the message
   * {@code code}: its arguments are {@code about}, then who saved and when.
   */
  public void refuse(
      Errors errors, String code, SavedVersion current, String defaultMessage, Object... about) {
    StaleForms.refuse(errors, code, current, defaultMessage, about);
  }

  /** A text of the entry pages. */
  public String text(String code, Object... args) {
    return messages.getMessage(code, args, Locale.UK);
  }
}
