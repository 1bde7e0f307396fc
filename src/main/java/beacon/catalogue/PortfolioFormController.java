package beacon.catalogue;

import static beacon.catalogue.CatalogueForms.blankToNull;

import beacon.account.Account;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.CatalogueEntry;
import beacon.indicator.Portfolio;
import beacon.indicator.Portfolios;
import beacon.organisation.Organisation;
import java.util.Optional;
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

  private final CatalogueForms forms;
  private final Portfolios portfolios;

  PortfolioFormController(CatalogueForms forms, Portfolios portfolios) {
    this.forms = forms;
    this.portfolios = portfolios;
  }

  @GetMapping("/organisations/{org}/catalogue/portfolios/new")
  String newForm(Organisation organisation, Model model) {
    return show(model, organisation, PortfolioForm.empty(), null);
  }

  @PostMapping("/organisations/{org}/catalogue/portfolios/new")
  String create(
      Organisation organisation,
      @ModelAttribute("form") PortfolioForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    form.validate(errors, name -> nameTaken(organisation, name, null));
    if (errors.hasErrors()) {
      return show(model, organisation, form, null);
    }
    portfolios.create(
        organisation.id(),
        form.name().trim(),
        blankToNull(form.cabinetMember()),
        blankToNull(form.note()),
        form.edit(signedIn));
    return CatalogueForms.backToOverview(organisation, "portfolio", form.name().trim());
  }

  @GetMapping("/organisations/{org}/catalogue/portfolios/{id}/edit")
  String editForm(Organisation organisation, @PathVariable long id, Model model) {
    Portfolio portfolio = portfolio(organisation, id);
    PortfolioForm form = PortfolioForm.editing(portfolio, forms.version(Table.PORTFOLIO, id));
    return show(model, organisation, form, portfolio);
  }

  @PostMapping("/organisations/{org}/catalogue/portfolios/{id}/edit")
  String update(
      Organisation organisation,
      @PathVariable long id,
      @ModelAttribute("form") PortfolioForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    Portfolio portfolio = portfolio(organisation, id);
    form.validate(errors, name -> nameTaken(organisation, name, id));
    if (errors.hasErrors()) {
      return show(model, organisation, form, portfolio);
    }
    Optional<PortfolioForm> refused =
        forms.refusedIfStale(
            form,
            errors,
            Table.PORTFOLIO,
            id,
            () ->
                portfolios.update(
                    organisation.id(),
                    id,
                    form.name().trim(),
                    blankToNull(form.cabinetMember()),
                    blankToNull(form.note()),
                    form.edit(signedIn)));
    if (refused.isPresent()) {
      return show(model, organisation, refused.get(), portfolio);
    }
    return CatalogueForms.backToOverview(organisation, "portfolio", form.name().trim());
  }

  private String show(
      Model model, Organisation organisation, PortfolioForm form, Portfolio portfolio) {
    return forms.showEntry(model, organisation, form, Table.PORTFOLIO, portfolio);
  }

  private boolean nameTaken(Organisation organisation, String name, Long except) {
    return CatalogueEntry.nameTaken(portfolios.of(organisation.id()), name, except);
  }

  private Portfolio portfolio(Organisation organisation, long id) {
    return CatalogueForms.found(
        portfolios.withId(organisation.id(), id), "portfolio", id, organisation);
  }
}
