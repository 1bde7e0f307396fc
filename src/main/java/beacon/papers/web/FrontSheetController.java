package beacon.papers.web;

import beacon.account.Account;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.papers.FrontSheet;
import beacon.papers.FrontSheets;
import beacon.papers.Layout;
import beacon.papers.PaperOrder;
import beacon.papers.Printing;
import beacon.web.NotFoundException;
import beacon.web.SavedAt;
import beacon.web.StaleForms;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page of the front sheet a council keeps for a layout of paper: every part the clerk sets out,
 * saved at the version the page was opened on, so that two officers' changes never overwrite each
 * other unseen.
 */
@Controller
class FrontSheetController {

  private static final String PAGE = "papers/front-sheet";

  private final FrontSheets frontSheets;
  private final Indicators indicators;

  FrontSheetController(FrontSheets frontSheets, Indicators indicators) {
    this.frontSheets = frontSheets;
    this.indicators = indicators;
  }

  @GetMapping("/organisations/{org}/papers/front-sheets/{layout}")
  String frontSheet(
      Organisation organisation, @PathVariable("layout") String layoutName, Model model) {
    Layout layout = layout(layoutName);
    FrontSheets.Kept kept = frontSheets.of(organisation.id(), layout);
    return show(
        model,
        organisation,
        layout,
        kept,
        FrontSheetForm.of(kept.sheet(), kept.printing(), kept.version()));
  }

  @PostMapping("/organisations/{org}/papers/front-sheets/{layout}")
  String keep(
      Organisation organisation,
      @PathVariable("layout") String layoutName,
      @ModelAttribute("form") FrontSheetForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    Layout layout = layout(layoutName);
    long version = form.openedOn(errors);
    FrontSheet sheet = form.sheet(errors);
    Set<String> catalogue =
        indicators.allOf(organisation.id()).stream()
            .map(Indicator::code)
            .collect(Collectors.toSet());
    Printing printing = form.printing(errors, catalogue);
    if (errors.hasErrors()) {
      return show(model, organisation, layout, frontSheets.of(organisation.id(), layout), form);
    }
    if (!frontSheets.keep(organisation.id(), layout, version, sheet, printing, signedIn.name())) {
      FrontSheets.Kept now = frontSheets.of(organisation.id(), layout);
      FrontSheetForm again = form.atVersion(now.version());
      String page = show(model, organisation, layout, now, again);
      StaleForms.refuseOn(
          model,
          "form",
          again,
          "frontSheet.stale",
          "The front sheet was saved by "
              + now.savedBy()
              + " "
              + SavedAt.describe(now.savedAt(), Instant.now())
              + " after you opened it. What you typed is below: check it against theirs and save"
              + " again, or leave it.");
      return page;
    }
    return "redirect:/organisations/"
        + organisation.code()
        + "/papers/front-sheets/"
        + layout.urlName()
        + "?saved";
  }

  /** The council's indicators in the order kept, the rest after them in catalogue order. */
  private static List<Indicator> inPaperOrder(List<Indicator> catalogue, List<String> order) {
    return catalogue.stream()
        .sorted(Comparator.comparingInt(indicator -> PaperOrder.position(order, indicator.code())))
        .toList();
  }

  private static Layout layout(String name) {
    return Layout.named(name)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no paper layout '"
                        + name
                        + "': choose exceptions, scorecard, indicator-blocks or committee-summary"));
  }

  private String show(
      Model model,
      Organisation organisation,
      Layout layout,
      FrontSheets.Kept kept,
      FrontSheetForm form) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "papers");
    model.addAttribute("layout", layout);
    model.addAttribute("kept", kept);
    model.addAttribute("form", form);
    model.addAttribute(
        "indicators", inPaperOrder(indicators.allOf(organisation.id()), kept.printing().order()));
    return PAGE;
  }
}
