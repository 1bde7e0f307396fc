package beacon.indicator.web;

import beacon.indicator.Catalogue;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.web.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adds an indicator to the catalogue and changes one, keeping what it was. */
@Controller
class IndicatorFormController {

  private static final String VIEW = "catalogue/indicator-form";

  private final Organisations organisations;
  private final Catalogue catalogue;
  private final Indicators indicators;

  IndicatorFormController(Organisations organisations, Catalogue catalogue, Indicators indicators) {
    this.organisations = organisations;
    this.catalogue = catalogue;
    this.indicators = indicators;
  }

  @GetMapping("/organisations/{org}/catalogue/indicators/new")
  String newForm(@PathVariable String org, Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    return show(model, organisation, new IndicatorForm(), null);
  }

  @PostMapping("/organisations/{org}/catalogue/indicators/new")
  String create(
      @PathVariable String org,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    IndicatorForm.Choices choices = choices(organisation);
    form.validate(
        errors, choices, code -> indicators.withCode(organisation.id(), code).isPresent());
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    catalogue.createIndicator(form.toIndicator(organisation.id(), choices), form.edit());
    return CatalogueController.saved(org, "indicator", form.getCode().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/indicators/{code}/edit")
  String editForm(@PathVariable String org, @PathVariable String code, Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Indicator indicator = indicator(organisation, code);
    Catalogue.Placing placing = catalogue.placingOf(indicator.id());
    IndicatorForm form = new IndicatorForm();
    form.setCode(indicator.code());
    form.setTitle(indicator.title());
    form.setDefinition(indicator.definition());
    form.setPolarity(indicator.polarity().name());
    form.setUnit(indicator.unit().name());
    form.setDecimalPlaces(String.valueOf(indicator.decimalPlaces()));
    form.setFrequency(indicator.frequency().name());
    form.setDataPeriod(indicator.dataPeriod());
    form.setLagMonths(String.valueOf(indicator.lagMonths()));
    form.setTargetType(indicator.targetType() == null ? "" : indicator.targetType().name());
    form.setOwner(indicator.owner());
    form.setStatus(indicator.status().name());
    form.setPortfolio(id(placing.portfolioId()));
    form.setPriority(id(placing.priorityId()));
    form.setTheme(id(placing.themeId()));
    form.setReportedFrom(indicator.reportedFrom());
    form.setReportedTo(indicator.reportedTo());
    form.setPosition(String.valueOf(indicator.position()));
    form.setVersion(catalogue.version(Catalogue.Table.INDICATOR, indicator.id()));
    return show(model, organisation, form, indicator);
  }

  @PostMapping("/organisations/{org}/catalogue/indicators/{code}/edit")
  String update(
      @PathVariable String org,
      @PathVariable String code,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Indicator indicator = indicator(organisation, code);
    IndicatorForm.Choices choices = choices(organisation);
    form.validate(
        errors,
        choices,
        other ->
            !other.equals(indicator.code())
                && indicators.withCode(organisation.id(), other).isPresent());
    if (errors.hasErrors()) {
      return show(model, organisation, form, indicator);
    }
    try {
      catalogue.updateIndicator(
          indicator.id(), form.toIndicator(organisation.id(), choices), form.edit());
    } catch (Catalogue.StaleEditException e) {
      errors.reject("catalogue.error.stale");
      form.setVersion(catalogue.version(Catalogue.Table.INDICATOR, indicator.id()));
      return show(model, organisation, form, indicator);
    }
    return CatalogueController.saved(org, "indicator", form.getCode().trim());
  }

  private String show(
      Model model, Organisation organisation, IndicatorForm form, Indicator indicator) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "catalogue");
    model.addAttribute("form", form);
    model.addAttribute("indicator", indicator);
    model.addAttribute("choices", choices(organisation));
    model.addAttribute("polarities", names(beacon.rules.rating.Polarity.values()));
    model.addAttribute("units", names(beacon.rules.rating.Unit.values()));
    model.addAttribute("frequencies", names(beacon.rules.period.PeriodType.values()));
    model.addAttribute("statuses", names(beacon.indicator.IndicatorStatus.values()));
    model.addAttribute("targetTypes", List.of("NATIONAL", "LOCAL", ""));
    if (indicator != null) {
      model.addAttribute(
          "history",
          CatalogueHistory.of(
              catalogue.changesOf(Catalogue.Table.INDICATOR, indicator.id()),
              catalogue.currentValues(Catalogue.Table.INDICATOR, indicator.id())));
    }
    return VIEW;
  }

  private IndicatorForm.Choices choices(Organisation organisation) {
    return new IndicatorForm.Choices(
        catalogue.portfolios(organisation.id()),
        catalogue.priorities(organisation.id()),
        catalogue.themes(organisation.id()));
  }

  private Indicator indicator(Organisation organisation, String code) {
    return indicators
        .withCode(organisation.id(), code)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no indicator '" + code + "' in " + organisation.name()));
  }

  private static String id(Long id) {
    return id == null ? "" : String.valueOf(id);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).filter(Objects::nonNull).toList();
  }
}
