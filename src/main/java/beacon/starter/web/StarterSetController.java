package beacon.starter.web;

import beacon.account.Account;
import beacon.organisation.Organisation;
import beacon.starter.NotInStarterSetException;
import beacon.starter.StarterIndicators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Start from the national library": the council's administrator ticks the standard measures to
 * start indicators from, grouped as papers take them; each measure the council has already is shown
 * as such and cannot be ticked.
 */
@Controller
class StarterSetController {

  private final StarterIndicators starter;

  StarterSetController(StarterIndicators starter) {
    this.starter = starter;
  }

  @GetMapping("/organisations/{org}/catalogue/starter-set")
  String choose(
      Organisation organisation,
      @RequestParam(name = "started", required = false) Integer started,
      Model model) {
    model.addAttribute("started", started);
    return show(model, organisation, null, null);
  }

  @PostMapping("/organisations/{org}/catalogue/starter-set")
  String start(
      Organisation organisation,
      @RequestParam(name = "measures", required = false) List<String> measures,
      Account signedIn,
      Model model) {
    if (measures == null || measures.isEmpty()) {
      return show(model, organisation, "starter.error.none", null);
    }
    try {
      int started = starter.start(organisation, measures, signedIn.name()).size();
      return "redirect:/organisations/"
          + organisation.code()
          + "/catalogue/starter-set?started="
          + started;
    } catch (NotInStarterSetException e) {
      return show(model, organisation, "starter.error.unknown", e.measure());
    }
  }

  private String show(Model model, Organisation organisation, String problem, String measure) {
    Map<String, List<StarterIndicators.Offer>> groups = new LinkedHashMap<>();
    for (StarterIndicators.Offer offer : starter.offeredTo(organisation)) {
      groups.computeIfAbsent(offer.entry().group(), group -> new ArrayList<>()).add(offer);
    }
    model.addAttribute("organisation", organisation);
    model.addAttribute("groups", groups);
    model.addAttribute("problem", problem);
    model.addAttribute("problemMeasure", measure);
    return "starter/choose";
  }
}
