package beacon.catalogue;

import beacon.indicator.Indicators;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.indicator.Themes;
import beacon.organisation.Organisation;
import beacon.rating.RagSchemes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue overview: portfolios, priorities and themes, indicators and RAG schemes. */
@Controller
class CatalogueController {

  private final CatalogueForms forms;
  private final Portfolios portfolios;
  private final Priorities priorities;
  private final Themes themes;
  private final Indicators indicators;
  private final RagSchemes schemes;

  CatalogueController(
      CatalogueForms forms,
      Portfolios portfolios,
      Priorities priorities,
      Themes themes,
      Indicators indicators,
      RagSchemes schemes) {
    this.forms = forms;
    this.portfolios = portfolios;
    this.priorities = priorities;
    this.themes = themes;
    this.indicators = indicators;
    this.schemes = schemes;
  }

  @GetMapping("/organisations/{org}/catalogue")
  String overview(
      Organisation organisation,
      @RequestParam(required = false) String saved,
      @RequestParam(required = false) String name,
      Model model) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "catalogue");
    model.addAttribute("portfolios", portfolios.of(organisation.id()));
    model.addAttribute("priorities", priorities.of(organisation.id()));
    model.addAttribute("themes", themes.of(organisation.id()));
    model.addAttribute("indicators", indicators.allOf(organisation.id()));
    model.addAttribute("schemes", schemes.schemesOf(organisation.id()));
    if (saved != null && saved.matches("indicator|portfolio|priority|theme|scheme")) {
      model.addAttribute("saved", saved);
      model.addAttribute("savedName", name == null ? "" : name);
    }
    return "catalogue/overview";
  }
}
