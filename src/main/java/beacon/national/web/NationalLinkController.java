package beacon.national.web;

import beacon.account.Account;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.national.NationalBenchmarks;
import beacon.national.NationalData;
import beacon.national.NationalFigures;
import beacon.national.NationalLinks;
import beacon.organisation.Organisation;
import beacon.rules.version.SavedSinceOpenedException;
import beacon.web.ShownForms;
import beacon.web.StaleForms;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links an indicator to a national measure (found by words of its name, code or publication), so
 * that its benchmarks fill themselves from the national data; or ends the link. Every link is kept
 * with who made it, when and why.
 */
@Controller
class NationalLinkController {

  /** The most measures a search lists. */
  static final int MOST_FOUND = 30;

  private final OrganisationIndicators indicators;
  private final NationalFigures figures;
  private final NationalLinks links;
  private final NationalBenchmarks benchmarks;
  private final NationalData data;

  NationalLinkController(
      OrganisationIndicators indicators,
      NationalFigures figures,
      NationalLinks links,
      NationalBenchmarks benchmarks,
      NationalData data) {
    this.indicators = indicators;
    this.figures = figures;
    this.links = links;
    this.benchmarks = benchmarks;
    this.data = data;
  }

  @GetMapping("/organisations/{org}/indicators/{code}/national")
  String page(
      Organisation organisation,
      @PathVariable("code") String code,
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "period", required = false) String period,
      Model model) {
    OrganisationIndicator found = indicators.find(organisation, code);
    NationalLinkForm form =
        NationalLinkForm.searching(
            q,
            period,
            links.latestOf(found.indicator().id()).map(NationalLinks.Recorded::id).orElse(null));
    return show(model, found, form);
  }

  @PostMapping("/organisations/{org}/indicators/{code}/national")
  @Transactional
  String save(
      Organisation organisation,
      @PathVariable("code") String code,
      @RequestParam(name = "action", defaultValue = "link") String action,
      @ModelAttribute("form") NationalLinkForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    OrganisationIndicator found = indicators.find(organisation, code);
    long indicator = found.indicator().id();
    NationalLinkForm shown = form;
    try {
      if ("unlink".equals(action)) {
        form.validateEnd(errors);
        if (!errors.hasErrors()) {
          links.unlink(indicator, signedIn.name(), form.whyEnded(), form.expectedVersion());
        }
      } else {
        form.validateLink(errors, measure -> figures.measure(measure).isPresent());
        if (!errors.hasErrors()) {
          links.link(
              indicator,
              form.measure().strip(),
              signedIn.name(),
              form.why(),
              form.expectedVersion());
        }
      }
    } catch (SavedSinceOpenedException e) {
      NationalLinks.Recorded now = links.latestOf(indicator).orElseThrow(() -> e);
      StaleForms.refuse(
          errors,
          now.linked() ? "national.link.error.stale.linked" : "national.link.error.stale.ended",
          now,
          "Someone else changed this link after you opened this page",
          now.measureCode());
      shown = form.reopenedOn(now.id());
    }
    if (errors.hasErrors()) {
      return show(model, found, shown);
    }
    benchmarks.fill(indicator, found.organisation().code());
    return "redirect:" + back(found, form.period(), "national") + "#national";
  }

  /** The indicator page, at the period it was showing, saying what was saved. */
  private static String back(OrganisationIndicator found, String period, String saved) {
    return UriComponentsBuilder.fromPath("/organisations/{org}/indicators/{code}")
        .queryParamIfPresent(
            "period", Optional.ofNullable(period).filter(p -> p.matches("[0-9A-Za-z-]{1,20}")))
        .queryParamIfPresent("saved", Optional.ofNullable(saved))
        .buildAndExpand(found.organisation().code(), found.indicator().code())
        .encode()
        .toUriString();
  }

  private String show(Model model, OrganisationIndicator found, NationalLinkForm form) {
    String q = form.q() == null ? "" : form.q().strip();
    List<NationalFigures.Measure> measures =
        q.isEmpty() ? List.of() : figures.search(q, MOST_FOUND);
    NationalLinks.Link current = links.currentOf(found.indicator().id()).orElse(null);
    ShownForms.show(model, "form", form);
    model.addAttribute("organisation", found.organisation());
    model.addAttribute("indicator", found.indicator());
    model.addAttribute("section", "indicators");
    model.addAttribute("pageTitle", "National measure for " + found.indicator().code());
    model.addAttribute(
        "back",
        "/organisations/"
            + found.organisation().code()
            + "/indicators/"
            + found.indicator().code());
    model.addAttribute("loaded", data.lastLoad().isPresent());
    model.addAttribute("q", q);
    model.addAttribute("found", measures);
    model.addAttribute("mostFound", MOST_FOUND);
    model.addAttribute("current", current);
    model.addAttribute(
        "currentMeasure",
        current == null ? null : figures.measure(current.measureCode()).orElse(null));
    model.addAttribute("history", links.historyOf(found.indicator().id()));
    return "national/link";
  }
}
