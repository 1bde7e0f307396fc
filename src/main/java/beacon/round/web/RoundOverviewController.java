package beacon.round.web;

import beacon.account.Account;
import beacon.organisation.Organisation;
import beacon.round.CollectionRound;
import beacon.round.CollectionRounds;
import beacon.round.RoundOverview;
import beacon.round.RoundProgress;
import beacon.rules.period.Period;
import beacon.rules.round.DueDates;
import beacon.rules.round.RoundState;
import beacon.rules.version.SavedSinceOpenedException;
import beacon.web.PeriodView;
import beacon.web.ShownForms;
import beacon.web.StaleForms;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A round as the performance officer follows it: how many indicators are at each state, each due
 * indicator with who it is assigned to and what is overdue; and the form to change the due dates,
 * keeping the earlier ones.
 */
@Controller
@RequestMapping("/organisations/{org}/rounds/{period}")
class RoundOverviewController {

  private final RoundPages pages;
  private final CollectionRounds rounds;
  private final RoundProgress progress;

  RoundOverviewController(RoundPages pages, CollectionRounds rounds, RoundProgress progress) {
    this.pages = pages;
    this.rounds = rounds;
    this.progress = progress;
  }

  @GetMapping
  String overview(
      Organisation organisation,
      @PathVariable("period") Period period,
      @RequestParam(name = "overdue", defaultValue = "false") boolean overdueOnly,
      @RequestParam(name = "saved", required = false) String saved,
      @RequestParam(name = "indicator", required = false) String indicator,
      Model model) {
    CollectionRound round = pages.round(organisation, period);
    DueDatesForm form = DueDatesForm.of(round);
    model.addAttribute("saved", saved == null ? null : savedMessage(saved));
    model.addAttribute("savedIndicator", indicator);
    return show(organisation, round, form, overdueOnly, model);
  }

  @PostMapping
  String changeDueDates(
      Organisation organisation,
      @PathVariable("period") Period period,
      @ModelAttribute("datesForm") DueDatesForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    CollectionRound round = pages.round(organisation, period);
    Optional<DueDates> dates = form.dueDates(errors);
    if (dates.isEmpty()) {
      return show(organisation, round, form, false, model);
    }
    try {
      rounds.changeDueDates(
          round, dates.get(), signedIn.name(), form.reason(), form.expectedVersion());
    } catch (SavedSinceOpenedException e) {
      return refuse(organisation, period, form, errors, model);
    }
    return "redirect:" + RoundPages.overview(organisation, round.reportingPeriod(), "dates", null);
  }

  /**
   * Shows the form again, nothing written and what was typed kept, on the due dates someone else
   * set after it was opened.
   */
  private String refuse(
      Organisation organisation,
      Period period,
      DueDatesForm form,
      BindingResult errors,
      Model model) {
    CollectionRound now = pages.round(organisation, period);
    StaleForms.refuse(
        errors,
        "round.dates.error.stale",
        now.datesInForce(),
        "Someone else changed the due dates after you opened this page",
        Dates.day(now.dueDates().dataDue()),
        Dates.day(now.dueDates().commentaryDue()));
    return show(organisation, now, form.reopenedOn(now.datesVersion()), false, model);
  }

  private String show(
      Organisation organisation,
      CollectionRound round,
      DueDatesForm form,
      boolean overdueOnly,
      Model model) {
    RoundOverview overview = progress.of(round, RoundPages.today());
    model.addAttribute("organisation", organisation);
    model.addAttribute("round", round);
    model.addAttribute("period", PeriodView.of(round.reportingPeriod()));
    model.addAttribute("opened", Dates.day(round.openedAt()));
    model.addAttribute("overview", overview);
    model.addAttribute("states", RoundState.values());
    model.addAttribute("overdueOnly", overdueOnly);
    model.addAttribute("lines", overdueOnly ? overview.overdueLines() : overview.lines());
    ShownForms.show(model, "datesForm", form);
    model.addAttribute("earlier", EarlierRow.of(rounds.earlierDueDates(round.id())));
    return "round/overview";
  }

  /** The message of what was just done, if it is one the page knows. */
  private static String savedMessage(String saved) {
    return List.of("opened", "dates", "approved", "returned").contains(saved) ? saved : null;
  }
}
