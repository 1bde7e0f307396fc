package beacon.indicator.web;

import beacon.indicator.Catalogue;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rating.RagSchemes;
import beacon.scorecard.UnknownOrganisationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The catalogue overview: portfolios, priorities and themes, indicators and RAG schemes. */
@Controller
class CatalogueController {

  private final Organisations organisations;
  private final Catalogue catalogue;
  private final Indicators indicators;
  private final RagSchemes schemes;

  CatalogueController(
      Organisations organisations, Catalogue catalogue, Indicators indicators, RagSchemes schemes) {
    this.organisations = organisations;
    this.catalogue = catalogue;
    this.indicators = indicators;
    this.schemes = schemes;
  }

  @GetMapping("/organisations/{org}/catalogue")
  String overview(
      @PathVariable String org,
      @RequestParam(required = false) String saved,
      @RequestParam(required = false) String name,
      Model model) {
    Organisation organisation = organisation(organisations, org);
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "catalogue");
    model.addAttribute("portfolios", catalogue.portfolios(organisation.id()));
    model.addAttribute("priorities", catalogue.priorities(organisation.id()));
    model.addAttribute("themes", catalogue.themes(organisation.id()));
    model.addAttribute("indicators", indicators.allOf(organisation.id()));
    model.addAttribute("schemes", schemes.schemesOf(organisation.id()));
    if (saved != null && saved.matches("indicator|portfolio|priority|theme|scheme")) {
      model.addAttribute("saved", saved);
      model.addAttribute("savedName", name == null ? "" : name);
    }
    return "catalogue/overview";
  }

  /** The organisation a catalogue page is for. */
  static Organisation organisation(Organisations organisations, String code) {
    return organisations.withCode(code).orElseThrow(() -> new UnknownOrganisationException(code));
  }

  /** Back to the overview, saying what was saved. */
  static String saved(String org, String kind, String name) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/organisations/{org}/catalogue")
            .queryParam("saved", kind)
            .queryParam("name", name)
            .encode()
            .buildAndExpand(org)
            .toUriString();
  }
}
