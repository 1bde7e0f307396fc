package beacon.indicator.web;

import beacon.indicator.Catalogue;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Adds a portfolio and changes one, keeping what it was. */
@Controller
class PortfolioFormController {

  private final Organisations organisations;
  private final Catalogue catalogue;

  PortfolioFormController(Organisations organisations, Catalogue catalogue) {
    this.organisations = organisations;
    this.catalogue = catalogue;
  }

  @GetMapping("/organisations/{org}/catalogue/portfolios/new")
  String newForm(@PathVariable String org, Model model) {
    return show(
        model, CatalogueController.organisation(organisations, org), new PortfolioForm(), null);
  }

  @PostMapping("/organisations/{org}/catalogue/portfolios/new")
  String create(
      @PathVariable String org,
      @ModelAttribute("form") PortfolioForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    form.validate(errors, name -> named(organisation, name) != null);
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    catalogue.createPortfolio(
        organisation.id(),
        form.getName().trim(),
        blankToNull(form.getCabinetMember()),
        blankToNull(form.getNote()),
        form.edit());
    return CatalogueController.saved(org, "portfolio", form.getName().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/portfolios/{id}/edit")
  String editForm(@PathVariable String org, @PathVariable long id, Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Catalogue.Portfolio portfolio = portfolio(organisation, id);
    PortfolioForm form = new PortfolioForm();
    form.setName(portfolio.name());
    form.setCabinetMember(portfolio.cabinetMember());
    form.setNote(portfolio.note());
    form.setVersion(catalogue.version(Catalogue.Table.PORTFOLIO, id));
    return show(model, organisation, form, portfolio);
  }

  @PostMapping("/organisations/{org}/catalogue/portfolios/{id}/edit")
  String update(
      @PathVariable String org,
      @PathVariable long id,
      @ModelAttribute("form") PortfolioForm form,
      BindingResult errors,
      Model model) {
    Organisation organisation = CatalogueController.organisation(organisations, org);
    Catalogue.Portfolio portfolio = portfolio(organisation, id);
    form.validate(
        errors,
        name -> {
          Catalogue.Portfolio other = named(organisation, name);
          return other != null && other.id() != id;
        });
    if (errors.hasErrors()) {
      return show(model, organisation, form, portfolio);
    }
    try {
      catalogue.updatePortfolio(
          organisation.id(),
          id,
          form.getName().trim(),
          blankToNull(form.getCabinetMember()),
          blankToNull(form.getNote()),
          form.edit());
    } catch (Catalogue.StaleEditException e) {
      errors.reject("catalogue.error.stale");
      form.setVersion(catalogue.version(Catalogue.Table.PORTFOLIO, id));
      return show(model, organisation, form, portfolio);
    }
    return CatalogueController.saved(org, "portfolio", form.getName().trim());
  }

  private String show(
      Model model, Organisation organisation, PortfolioForm form, Catalogue.Portfolio portfolio) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "catalogue");
    model.addAttribute("form", form);
    model.addAttribute("portfolio", portfolio);
    if (portfolio != null) {
      model.addAttribute(
          "history",
          CatalogueHistory.of(
              catalogue.changesOf(Catalogue.Table.PORTFOLIO, portfolio.id()),
              catalogue.currentValues(Catalogue.Table.PORTFOLIO, portfolio.id())));
    }
    return "catalogue/portfolio-form";
  }

  private Catalogue.Portfolio named(Organisation organisation, String name) {
    return catalogue.portfolios(organisation.id()).stream()
        .filter(p -> p.name().equalsIgnoreCase(name))
        .findFirst()
        .orElse(null);
  }

  private Catalogue.Portfolio portfolio(Organisation organisation, long id) {
    return catalogue
        .portfolio(organisation.id(), id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no portfolio " + id + " in " + organisation.name()));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
