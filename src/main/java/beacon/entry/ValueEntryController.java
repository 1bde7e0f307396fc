package beacon.entry;

import beacon.account.Account;
import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.rules.rating.Marker;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import beacon.value.StaleValueException;
import beacon.web.ShownForms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form to record an indicator's value for a period, or correct the one recorded, refusing a
 * form opened before someone else saved.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/value")
class ValueEntryController {

  private static final EntryPages.Headings HEADINGS =
      new EntryPages.Headings(
          "entry.value.heading.correct", "entry.value.heading.record", "entry.value.heading.new");

  private final OrganisationIndicators organisationIndicators;
  private final IndicatorValues values;
  private final EntryPages pages;
  private final Clock clock;

  ValueEntryController(
      OrganisationIndicators organisationIndicators,
      IndicatorValues values,
      EntryPages pages,
      Clock clock) {
    this.organisationIndicators = organisationIndicators;
    this.values = values;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping
  String initForm(
      Organisation organisation,
      @PathVariable String code,
      @RequestParam(required = false) String period,
      Model model) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    ValueForm form = ValueForm.empty();
    IndicatorValue current = null;
    if (period != null && !period.isBlank()) {
      Period opened = periodOf(entry.indicator(), period);
      current = values.current(entry.indicator().id(), opened.code()).orElse(null);
      form = current != null ? ValueForm.correcting(current) : ValueForm.opening(opened);
    }
    return show(model, entry, form, current, false);
  }

  @PostMapping
  String processForm(
      Organisation organisation,
      @PathVariable String code,
      @ModelAttribute("valueForm") ValueForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    Indicator indicator = entry.indicator();
    Optional<NewValue> value = form.validate(indicator, LocalDate.now(clock), errors);
    if (value.isEmpty()) {
      return show(model, entry, form, opened(indicator, form), true);
    }
    NewValue recorded = value.get();
    try {
      values.record(
          recorded,
          indicator.code(),
          signedIn.name(),
          form.reasonForChange(),
          form.expectedVersion());
    } catch (StaleValueException e) {
      return refuse(model, entry, form, errors, e.current());
    }
    return "redirect:"
        + entry.indicatorPage(FinancialQuarter.containing(recorded.period().end()), "value");
  }

  /** Shows the form again, nothing written, on the version saved since it was opened. */
  private String refuse(
      Model model,
      OrganisationIndicator entry,
      ValueForm form,
      BindingResult errors,
      IndicatorValue current) {
    String message;
    if (!form.openedFor(current.period())) {
      message = "entry.value.error.recorded";
    } else if (form.isCorrecting()) {
      message = "entry.value.error.stale";
    } else {
      message = "entry.value.error.staleNew";
    }
    pages.refuse(
        errors,
        message,
        current,
        "Someone else saved a value after you opened this form",
        current.period().label(),
        current.figure().display(entry.indicator().unit()));
    return show(model, entry, form.reopenedOn(current.id(), current.period()), current, true);
  }

  private String show(
      Model model,
      OrganisationIndicator entry,
      ValueForm form,
      IndicatorValue current,
      boolean withErrors) {
    Indicator indicator = entry.indicator();
    Optional<Period> period =
        current != null ? Optional.of(current.period()) : form.readPeriod(indicator);
    pages.show(model, entry, form, current, period, HEADINGS, withErrors);
    ShownForms.show(model, "valueForm", form);
    model.addAttribute("markers", Marker.values());
    model.addAttribute(
        "currentFigure", current == null ? null : current.figure().display(indicator.unit()));
    model.addAttribute("frequency", pages.text("entry.frequency." + indicator.frequency().name()));
    model.addAttribute(
        "periodExample",
        pages.text("entry.frequency." + indicator.frequency().name() + ".example"));
    return "entry/value";
  }

  /** The value the form was opened on, when it corrects one. */
  private IndicatorValue opened(Indicator indicator, ValueForm form) {
    if (!form.isCorrecting() || form.openedPeriod().isBlank()) {
      return null;
    }
    return values.current(indicator.id(), form.openedPeriod()).orElse(null);
  }

  private Period periodOf(Indicator indicator, String text) {
    Period period = Periods.parse(text, indicator.frequency());
    if (period.type() != indicator.frequency()) {
      throw new PeriodFormatException(
          "'"
              + text
              + "' is not a period of the "
              + pages.text("entry.frequency." + indicator.frequency().name())
              + " indicator "
              + indicator.code());
    }
    return period;
  }
}
