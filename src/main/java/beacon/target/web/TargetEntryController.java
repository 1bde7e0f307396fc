package beacon.target.web;

import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.rating.Target;
import beacon.scorecard.UnknownOrganisationException;
import beacon.target.IndicatorTarget;
import beacon.target.StaleTargetException;
import beacon.target.Targets;
import beacon.value.web.SavedAt;
import beacon.web.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
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
 * The form to set an indicator's target and tolerance for a period, keeping the target it replaces.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/target")
class TargetEntryController {

  private final Organisations organisations;
  private final Indicators indicators;
  private final Targets targets;
  private final MessageSource messages;

  TargetEntryController(
      Organisations organisations, Indicators indicators, Targets targets, MessageSource messages) {
    this.organisations = organisations;
    this.indicators = indicators;
    this.targets = targets;
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
    TargetForm form = new TargetForm();
    form.setPeriod(
        period == null || period.isBlank()
            ? FinancialYear.containing(LocalDate.now()).label()
            : period);
    Period opened =
        form.readPeriod(indicator)
            .orElseThrow(
                () ->
                    new PeriodFormatException(
                        "'" + period + "' is not a period a target can be set for"));
    IndicatorTarget current = targets.current(indicator.id(), opened.code()).orElse(null);
    if (current != null) {
      form = TargetForm.changing(current);
    } else {
      form.setPeriod(opened.label());
      form.setOpenedPeriod(opened.code());
    }
    return show(model, organisation, indicator, form, current, false);
  }

  @PostMapping
  String processForm(
      @PathVariable String org,
      @PathVariable String code,
      @ModelAttribute("targetForm") TargetForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = organisation(org);
    Indicator indicator = indicator(organisation, code);
    Optional<TargetForm.Valid> valid = form.validate(indicator, errors);
    if (valid.isEmpty()) {
      IndicatorTarget current =
          form.isChanging()
              ? targets.current(indicator.id(), form.getOpenedPeriod()).orElse(null)
              : null;
      return show(model, organisation, indicator, form, current, true);
    }
    Period period = valid.get().period();
    Target target = valid.get().target();
    try {
      targets.set(
          indicator.id(),
          period,
          target,
          valid.get().note(),
          form.getRecordedBy().strip(),
          form.isChanging() ? form.getReason().strip() : null,
          form.expectedVersion());
    } catch (StaleTargetException e) {
      return refuse(model, organisation, indicator, form, errors, e.current());
    } catch (DuplicateKeyException e) {
      IndicatorTarget current = targets.current(indicator.id(), period.code()).orElseThrow(() -> e);
      return refuse(model, organisation, indicator, form, errors, current);
    }
    return "redirect:"
        + indicatorPage(
            organisation, indicator, FinancialQuarter.containing(period.end()), "target");
  }

  private String refuse(
      Model model,
      Organisation organisation,
      Indicator indicator,
      TargetForm form,
      BindingResult errors,
      IndicatorTarget current) {
    errors.reject(
        current.period().code().equals(form.getOpenedPeriod())
            ? "entry.target.error.stale"
            : "entry.target.error.set",
        new Object[] {
          current.period().label(),
          display(indicator, current.target()),
          current.recordedBy(),
          SavedAt.describe(current.recordedAt(), Instant.now())
        },
        "Someone else saved a target after you opened this form");
    form.setVersion(String.valueOf(current.id()));
    form.setOpenedPeriod(current.period().code());
    form.setPeriod(current.period().code());
    return show(model, organisation, indicator, form, current, true);
  }

  private String show(
      Model model,
      Organisation organisation,
      Indicator indicator,
      TargetForm form,
      IndicatorTarget current,
      boolean withErrors) {
    Optional<Period> period =
        current != null ? Optional.of(current.period()) : form.readPeriod(indicator);
    String heading =
        current != null
            ? text("entry.target.heading.change", current.period().label())
            : period
                .filter(p -> p.code().equals(form.getOpenedPeriod()))
                .map(p -> text("entry.target.heading.set", p.label()))
                .orElseGet(() -> text("entry.target.heading.new"));
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "indicators");
    model.addAttribute("indicator", indicator);
    model.addAttribute("targetForm", form);
    model.addAttribute("current", current);
    model.addAttribute(
        "currentTarget", current == null ? null : display(indicator, current.target()));
    model.addAttribute("currentDay", current == null ? null : SavedAt.day(current.recordedAt()));
    model.addAttribute("heading", heading);
    model.addAttribute("pageTitle", withErrors ? text("entry.title.withErrors", heading) : heading);
    model.addAttribute(
        "suffix", indicator.unit().format(java.math.BigDecimal.ONE).substring(1).strip());
    model.addAttribute("aim", text("entry.target.aim." + indicator.polarity().name()));
    model.addAttribute(
        "back",
        indicatorPage(
            organisation,
            indicator,
            period.map(p -> FinancialQuarter.containing(p.end())).orElse(null),
            null));
    return "entry/target";
  }

  private String display(Indicator indicator, Target target) {
    String value = indicator.unit().format(target.value());
    return target.hasTolerance()
        ? text("entry.target.withTolerance", value, indicator.unit().format(target.tolerance()))
        : value;
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
