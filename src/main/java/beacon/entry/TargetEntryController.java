package beacon.entry;

import beacon.account.Account;
import beacon.benchmark.Comparator;
import beacon.indicator.Indicator;
import beacon.indicator.ReportingPeriods;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.targets.IndicatorTarget;
import beacon.targets.SetAgainst;
import beacon.targets.StaleTargetException;
import beacon.targets.Targets;
import beacon.web.ShownForms;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * The form to set an indicator's target and tolerance for a period, keeping the target it replaces.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/target")
class TargetEntryController {

  /** The benchmarks a target may be set against, in the order the form lists them. */
  private static final List<String> COMPARATORS =
      SetAgainst.COMPARATORS.stream().map(Comparator::name).toList();

  private static final EntryPages.Headings HEADINGS =
      new EntryPages.Headings(
          "entry.target.heading.change", "entry.target.heading.set", "entry.target.heading.new");

  private final OrganisationIndicators organisationIndicators;
  private final Targets targets;
  private final EntryPages pages;
  private final ReportingPeriods reportingPeriods;
  private final Clock clock;

  TargetEntryController(
      OrganisationIndicators organisationIndicators,
      Targets targets,
      EntryPages pages,
      ReportingPeriods reportingPeriods,
      Clock clock) {
    this.organisationIndicators = organisationIndicators;
    this.targets = targets;
    this.pages = pages;
    this.reportingPeriods = reportingPeriods;
    this.clock = clock;
  }

  @GetMapping
  String initForm(
      Organisation organisation,
      @PathVariable String code,
      @RequestParam(required = false) String period,
      Model model) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    TargetForm asked =
        TargetForm.forPeriod(
            period == null || period.isBlank() ? defaultYear(entry).label() : period);
    Period opened =
        asked
            .readPeriod(entry.indicator())
            .orElseThrow(
                () ->
                    new PeriodFormatException(
                        "'" + period + "' is not a period a target can be set for"));
    IndicatorTarget current = targets.current(entry.indicator().id(), opened.code()).orElse(null);
    TargetForm form = current != null ? TargetForm.changing(current) : TargetForm.opening(opened);
    return show(model, entry, form, current, false);
  }

  @PostMapping
  String processForm(
      Organisation organisation,
      @PathVariable String code,
      @ModelAttribute("targetForm") TargetForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    Indicator indicator = entry.indicator();
    Optional<TargetForm.Valid> valid = form.validate(indicator, errors);
    if (valid.isEmpty()) {
      IndicatorTarget current =
          form.isChanging()
              ? targets.current(indicator.id(), form.openedPeriod()).orElse(null)
              : null;
      return show(model, entry, form, current, true);
    }
    Period period = valid.get().period();
    try {
      targets.set(
          indicator.id(),
          period,
          valid.get().aim(),
          valid.get().note(),
          signedIn.name(),
          form.reasonForChange(),
          form.expectedVersion());
    } catch (StaleTargetException e) {
      return refuse(model, entry, form, errors, e.current());
    }
    return "redirect:" + entry.indicatorPage(reportedQuarterIn(entry, period), "target");
  }

  /** The year of the latest quarter the council reports, or this year when it reports none. */
  private FinancialYear defaultYear(OrganisationIndicator entry) {
    return reportingPeriods
        .latest(entry.organisation().code())
        .map(FinancialQuarter::financialYear)
        .orElseGet(() -> FinancialYear.containing(LocalDate.now(clock)));
  }

  /**
   * The newest quarter the council reports that ends within the target's period, where the target
   * shows; null, for the latest it reports, when none does.
   */
  private FinancialQuarter reportedQuarterIn(OrganisationIndicator entry, Period period) {
    return reportingPeriods.of(entry.organisation().code()).stream()
        .filter(quarter -> period.contains(quarter.end()))
        .findFirst()
        .orElse(null);
  }

  private String refuse(
      Model model,
      OrganisationIndicator entry,
      TargetForm form,
      BindingResult errors,
      IndicatorTarget current) {
    pages.refuse(
        errors,
        form.openedFor(current.period()) ? "entry.target.error.stale" : "entry.target.error.set",
        current,
        "Someone else saved a target after you opened this form",
        current.period().label(),
        current.display(entry.indicator().unit()));
    return show(model, entry, form.reopenedOn(current.id(), current.period()), current, true);
  }

  private String show(
      Model model,
      OrganisationIndicator entry,
      TargetForm form,
      IndicatorTarget current,
      boolean withErrors) {
    Indicator indicator = entry.indicator();
    Optional<Period> period =
        current != null ? Optional.of(current.period()) : form.readPeriod(indicator);
    pages.show(model, entry, form, current, period, HEADINGS, withErrors);
    ShownForms.show(model, "targetForm", form);
    model.addAttribute("currentTarget", current == null ? null : current.display(indicator.unit()));
    model.addAttribute("comparators", COMPARATORS);
    model.addAttribute("suffix", indicator.unit().format(BigDecimal.ONE).substring(1).strip());
    model.addAttribute("aim", pages.text("entry.target.aim." + indicator.polarity().name()));
    return "entry/target";
  }
}
