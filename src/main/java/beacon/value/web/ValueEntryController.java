package beacon.value.web;

import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.scorecard.UnknownOrganisationException;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import beacon.value.StaleValueException;
import beacon.web.NotFoundException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The form to record an indicator's value for a period, or correct the one recorded, refusing a
 * form opened before someone else saved.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/value")
class ValueEntryController {

  private final Organisations organisations;
  private final Indicators indicators;
  private final IndicatorValues values;
  private final MessageSource messages;

  ValueEntryController(
      Organisations organisations,
      Indicators indicators,
      IndicatorValues values,
      MessageSource messages) {
    this.organisations = organisations;
    this.indicators = indicators;
    this.values = values;
    this.messages = messages;
  }

  @GetMapping
  String initForm(
      @PathVariable String org,
      @PathVariable String code,
      @RequestParam(required = false) String period,
      Model model) {
    Organisation organisation = organisation(org);
    Indicator indicator = indicator(organisation, code);
    ValueForm form = new ValueForm();
    IndicatorValue current = null;
    if (period != null && !period.isBlank()) {
      Period opened = periodOf(indicator, period);
      current = values.current(indicator.id(), opened.code()).orElse(null);
      if (current != null) {
        form = ValueForm.correcting(current, "");
      } else {
        form.setPeriod(opened.label());
        form.setOpenedPeriod(opened.code());
      }
    }
    return show(model, organisation, indicator, form, current, false);
  }

  @PostMapping
  String processForm(
      @PathVariable String org,
      @PathVariable String code,
      @ModelAttribute("valueForm") ValueForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = organisation(org);
    Indicator indicator = indicator(organisation, code);
    Optional<NewValue> value = form.validate(indicator, errors);
    if (value.isEmpty()) {
      return show(model, organisation, indicator, form, opened(indicator, form), true);
    }
    NewValue recorded = value.get();
    try {
      values.record(
          recorded,
          indicator.code(),
          form.getRecordedBy().strip(),
          form.isCorrecting() ? form.getReason().strip() : null,
          form.expectedVersion());
    } catch (StaleValueException e) {
      return refuse(model, organisation, indicator, form, errors, e.current());
    } catch (DuplicateKeyException e) {
      // a first value for the period was saved at the same moment by someone else
      IndicatorValue current =
          values.current(indicator.id(), recorded.period().code()).orElseThrow(() -> e);
      return refuse(model, organisation, indicator, form, errors, current);
    }
    return "redirect:"
        + indicatorPage(
            organisation, indicator, FinancialQuarter.containing(recorded.period().end()), "value");
  }

  /** Shows the form again, nothing written, on the version saved since it was opened. */
  private String refuse(
      Model model,
      Organisation organisation,
      Indicator indicator,
      ValueForm form,
      BindingResult errors,
      IndicatorValue current) {
    String message;
    if (!current.period().code().equals(form.getOpenedPeriod())) {
      message = "entry.value.error.recorded";
    } else if (form.isCorrecting()) {
      message = "entry.value.error.stale";
    } else {
      message = "entry.value.error.staleNew";
    }
    errors.reject(
        message,
        new Object[] {
          current.period().label(),
          current.figure().display(indicator.unit()),
          current.recordedBy(),
          SavedAt.describe(current.recordedAt(), Instant.now())
        },
        "Someone else saved a value after you opened this form");
    form.setVersion(String.valueOf(current.id()));
    form.setOpenedPeriod(current.period().code());
    form.setPeriod(current.period().code());
    return show(model, organisation, indicator, form, current, true);
  }

  private String show(
      Model model,
      Organisation organisation,
      Indicator indicator,
      ValueForm form,
      IndicatorValue current,
      boolean withErrors) {
    Optional<Period> period =
        current != null ? Optional.of(current.period()) : form.readPeriod(indicator);
    String heading =
        current != null
            ? text("entry.value.heading.correct", current.period().label())
            : period
                .filter(p -> p.code().equals(form.getOpenedPeriod()))
                .map(p -> text("entry.value.heading.record", p.label()))
                .orElseGet(() -> text("entry.value.heading.new"));
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "indicators");
    model.addAttribute("indicator", indicator);
    model.addAttribute("valueForm", form);
    model.addAttribute("current", current);
    model.addAttribute(
        "currentFigure", current == null ? null : current.figure().display(indicator.unit()));
    model.addAttribute("currentDay", current == null ? null : SavedAt.day(current.recordedAt()));
    model.addAttribute("heading", heading);
    model.addAttribute("pageTitle", withErrors ? text("entry.title.withErrors", heading) : heading);
    model.addAttribute("frequency", text("entry.frequency." + indicator.frequency().name()));
    model.addAttribute(
        "periodExample", text("entry.frequency." + indicator.frequency().name() + ".example"));
    model.addAttribute(
        "back",
        indicatorPage(
            organisation,
            indicator,
            period.map(p -> FinancialQuarter.containing(p.end())).orElse(null),
            null));
    return "entry/value";
  }

  /** The value the form was opened on, when it corrects one. */
  private IndicatorValue opened(Indicator indicator, ValueForm form) {
    if (!form.isCorrecting() || form.getOpenedPeriod().isBlank()) {
      return null;
    }
    return values.current(indicator.id(), form.getOpenedPeriod()).orElse(null);
  }

  private Period periodOf(Indicator indicator, String text) {
    Period period = Periods.parse(text, indicator.frequency());
    if (period.type() != indicator.frequency()) {
      throw new PeriodFormatException(
          "'"
              + text
              + "' is not a period of the "
              + text("entry.frequency." + indicator.frequency().name())
              + " indicator "
              + indicator.code());
    }
    return period;
  }

  private Organisation organisation(String code) {
    return organisations.withCode(code).orElseThrow(() -> new UnknownOrganisationException(code));
  }

  private Indicator indicator(Organisation organisation, String code) {
    return indicators
        .withCode(organisation.id(), code)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no indicator '" + code + "' in " + organisation.name()));
  }

  private static String indicatorPage(
      Organisation organisation, Indicator indicator, FinancialQuarter quarter, String saved) {
    UriComponentsBuilder page =
        UriComponentsBuilder.fromPath("/organisations/{org}/indicators/{code}");
    if (quarter != null) {
      page.queryParam("period", quarter.code());
    }
    if (saved != null) {
      page.queryParam("saved", saved);
    }
    return page.buildAndExpand(organisation.code(), indicator.code()).encode().toUriString();
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, Locale.UK);
  }
}
