package beacon.catalogue;

import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.rating.IndicatorSchemes;
import beacon.rating.RagSchemes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An indicator's own RAG schemes: which of the organisation's schemes rates it, from which day,
 * over the organisation's; one added, or one ended so that the indicator is rated as before it.
 */
@Controller
class IndicatorSchemeController {

  /** A scheme of its own as typed: which scheme (its id) and the day it comes into force. */
  record OwnSchemeForm(String scheme, String inForceDay, String inForceMonth, String inForceYear) {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final OrganisationIndicators indicators;
  private final RagSchemes schemes;
  private final IndicatorSchemes own;

  IndicatorSchemeController(
      OrganisationIndicators indicators, RagSchemes schemes, IndicatorSchemes own) {
    this.indicators = indicators;
    this.schemes = schemes;
    this.own = own;
  }

  @GetMapping("/organisations/{org}/catalogue/indicators/{code}/schemes")
  String show(
      Organisation organisation,
      @PathVariable("code") String code,
      @RequestParam(name = "added", required = false) Long added,
      @RequestParam(name = "ended", required = false) String ended,
      Model model) {
    OrganisationIndicator found = indicators.find(organisation, code);
    model.addAttribute(
        "added",
        added == null
            ? null
            : own.usesFor(found.indicator().id()).stream()
                .filter(use -> use.id() == added)
                .findFirst()
                .orElse(null));
    model.addAttribute("ended", ended != null);
    return page(model, found, new OwnSchemeForm(null, null, null, null));
  }

  @PostMapping("/organisations/{org}/catalogue/indicators/{code}/schemes")
  String add(
      Organisation organisation,
      @PathVariable("code") String code,
      @ModelAttribute("form") OwnSchemeForm form,
      BindingResult errors,
      Model model) {
    OrganisationIndicator found = indicators.find(organisation, code);
    Optional<RagSchemes.Scheme> scheme = chosen(organisation, form.scheme());
    Optional<LocalDate> from =
        SchemeForm.dayOf(form.inForceDay(), form.inForceMonth(), form.inForceYear());
    if (scheme.isEmpty()) {
      errors.rejectValue("scheme", "catalogue.error.ownScheme.choose");
    }
    if (from.isEmpty()) {
      errors.rejectValue("inForceDay", "catalogue.error.scheme.inForce.date");
    }
    if (!errors.hasErrors()) {
      try {
        long id =
            own.useForIndicator(
                organisation.id(), found.indicator().id(), scheme.get().id(), from.get());
        return "redirect:" + address(found) + "?added=" + id;
      } catch (IllegalArgumentException e) {
        errors.rejectValue(
            "inForceDay",
            "catalogue.error.ownScheme.taken",
            new Object[] {found.indicator().code()},
            null);
      }
    }
    model.addAttribute("added", null);
    model.addAttribute("ended", false);
    return page(model, found, form);
  }

  /** Ends a scheme of its own; the use's id is the version the page was opened on. */
  @PostMapping("/organisations/{org}/catalogue/indicators/{code}/schemes/{id}/end")
  String end(
      Organisation organisation,
      @PathVariable("code") String code,
      @PathVariable("id") long id,
      Model model) {
    OrganisationIndicator found = indicators.find(organisation, code);
    if (own.endUseForIndicator(found.indicator().id(), id)) {
      return "redirect:" + address(found) + "?ended";
    }
    model.addAttribute("added", null);
    model.addAttribute("ended", false);
    model.addAttribute("gone", true);
    return page(model, found, new OwnSchemeForm(null, null, null, null));
  }

  private Optional<RagSchemes.Scheme> chosen(Organisation organisation, String scheme) {
    try {
      return scheme == null
          ? Optional.empty()
          : schemes.scheme(organisation.id(), Long.parseLong(scheme.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String page(Model model, OrganisationIndicator found, OwnSchemeForm form) {
    model.addAttribute("organisation", found.organisation());
    model.addAttribute("indicator", found.indicator());
    model.addAttribute("uses", own.usesFor(found.indicator().id()));
    model.addAttribute("schemes", schemes.schemesOf(found.organisation().id()));
    model.addAttribute("day", DAY);
    model.addAttribute("form", form);
    if (!model.containsAttribute("gone")) {
      model.addAttribute("gone", false);
    }
    return "catalogue/indicator-schemes";
  }

  private static String address(OrganisationIndicator found) {
    return "/organisations/"
        + found.organisation().code()
        + "/catalogue/indicators/"
        + found.indicator().code()
        + "/schemes";
  }
}
