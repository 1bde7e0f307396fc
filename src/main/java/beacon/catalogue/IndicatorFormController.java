package beacon.catalogue;

import beacon.account.Account;
import beacon.indicator.Catalogue;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  private final CatalogueForms forms;
  private final Catalogue catalogue;
  private final Indicators indicators;
  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;

  IndicatorFormController(
      CatalogueForms forms,
      Catalogue catalogue,
      Indicators indicators,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes) {
    this.forms = forms;
    this.catalogue = catalogue;
    this.indicators = indicators;
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
  }

  @GetMapping("/organisations/{org}/catalogue/indicators/new")
  String newForm(Organisation organisation, Model model) {
    return show(model, organisation, IndicatorForm.empty(), null);
  }

  @PostMapping("/organisations/{org}/catalogue/indicators/new")
  String create(
      Organisation organisation,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    IndicatorForm.Choices choices = choices(organisation);
    form.validate(
        errors, choices, code -> indicators.withCode(organisation.id(), code).isPresent());
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    catalogue.createIndicator(form.toIndicator(organisation.id(), choices), form.edit(signedIn));
    return CatalogueForms.backToOverview(organisation, "indicator", form.code().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/indicators/{code}/edit")
  String editForm(Organisation organisation, @PathVariable String code, Model model) {
    Indicator indicator = indicator(organisation, code);
    Catalogue.Placing placing = catalogue.placingOf(indicator.id());
    IndicatorForm form =
        IndicatorForm.editing(indicator, placing, forms.version(Table.INDICATOR, indicator.id()));
    return show(model, organisation, form, indicator);
  }

  @PostMapping("/organisations/{org}/catalogue/indicators/{code}/edit")
  String update(
      Organisation organisation,
      @PathVariable String code,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
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
    Optional<IndicatorForm> refused =
        forms.refusedIfStale(
            form,
            errors,
            Table.INDICATOR,
            indicator.id(),
            () ->
                catalogue.updateIndicator(
                    indicator.id(),
                    form.toIndicator(organisation.id(), choices),
                    form.edit(signedIn)));
    if (refused.isPresent()) {
      return show(model, organisation, refused.get(), indicator);
    }
    return CatalogueForms.backToOverview(organisation, "indicator", form.code().trim());
  }

  private String show(
      Model model, Organisation organisation, IndicatorForm form, Indicator indicator) {
    forms.show(
        model, organisation, form, Table.INDICATOR, indicator == null ? null : indicator.id());
    model.addAttribute("indicator", indicator);
    model.addAttribute("choices", choices(organisation));
    model.addAttribute("polarities", names(beacon.rules.rating.Polarity.values()));
    model.addAttribute("units", names(beacon.rules.rating.Unit.values()));
    model.addAttribute("frequencies", names(beacon.rules.period.PeriodType.values()));
    model.addAttribute("statuses", names(beacon.indicator.IndicatorStatus.values()));
    model.addAttribute("targetTypes", List.of("NATIONAL", "LOCAL", ""));
    return VIEW;
  }

  private IndicatorForm.Choices choices(Organisation organisation) {
    return new IndicatorForm.Choices(
        portfolios.of(organisation.id()),
        priorities.of(organisation.id()),
        themes.of(organisation.id()));
  }

  private Indicator indicator(Organisation organisation, String code) {
    return CatalogueForms.found(
        indicators.withCode(organisation.id(), code), "indicator", "'" + code + "'", organisation);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).filter(Objects::nonNull).toList();
  }
}
