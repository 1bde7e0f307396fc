package beacon.round.web;

import beacon.account.Account;
import beacon.indicator.ReportingPeriods;
import beacon.organisation.Organisation;
import beacon.round.CollectionRound;
import beacon.round.CollectionRounds;
import beacon.round.RoundAlreadyOpenException;
import beacon.round.RoundProgress;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import beacon.web.PeriodView;
import beacon.web.ShownForms;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The organisation's collection rounds, and the form to open one. */
@Controller
@RequestMapping("/organisations/{org}/rounds")
class RoundsController {

  private final CollectionRounds rounds;
  private final RoundProgress progress;
  private final ReportingPeriods reportingPeriods;

  RoundsController(
      CollectionRounds rounds, RoundProgress progress, ReportingPeriods reportingPeriods) {
    this.rounds = rounds;
    this.progress = progress;
    this.reportingPeriods = reportingPeriods;
  }

  @GetMapping
  String initForm(Organisation organisation, Model model) {
    return show(organisation, OpenRoundForm.empty(), model);
  }

  @PostMapping
  String processForm(
      Organisation organisation,
      @ModelAttribute("roundForm") OpenRoundForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    Optional<FinancialQuarter> quarter = form.quarter(errors);
    Optional<DueDates> dates = form.dueDates(errors);
    if (quarter.isEmpty() || dates.isEmpty()) {
      return show(organisation, form, model);
    }
    try {
      rounds.open(organisation.id(), quarter.get(), dates.get(), signedIn.name(), form.note());
    } catch (RoundAlreadyOpenException e) {
      errors.rejectValue(
          "period",
          "round.error.period.open",
          new Object[] {quarter.get().label()},
          e.getMessage());
      return show(organisation, form, model);
    }
    return "redirect:" + RoundPages.overview(organisation, quarter.get(), "opened", null);
  }

  private String show(Organisation organisation, OpenRoundForm form, Model model) {
    LocalDate today = RoundPages.today();
    List<CollectionRound> opened = rounds.of(organisation.id());
    model.addAttribute("organisation", organisation);
    ShownForms.show(model, "roundForm", form);
    model.addAttribute(
        "rows", opened.stream().map(round -> RoundRow.of(progress.of(round, today))).toList());
    model.addAttribute("quarters", quartersToOpen(organisation, opened, today));
    return "round/rounds";
  }

  /**
   * The quarters a round may be opened for, newest first: those the organisation has reported, and
   * the year around today; not those with a round already.
   */
  private List<PeriodView> quartersToOpen(
      Organisation organisation, List<CollectionRound> opened, LocalDate today) {
    Set<FinancialQuarter> taken =
        opened.stream().map(CollectionRound::reportingPeriod).collect(Collectors.toSet());
    TreeSet<FinancialQuarter> quarters =
        new TreeSet<>(Comparator.comparing(FinancialQuarter::start).reversed());
    quarters.addAll(reportingPeriods.of(organisation.code()));
    FinancialQuarter next = FinancialQuarter.containing(today).next();
    FinancialQuarter quarter = next;
    for (int i = 0; i < 6; i++) {
      quarters.add(quarter);
      quarter = quarter.previous();
    }
    return quarters.stream().filter(q -> !taken.contains(q)).map(PeriodView::of).toList();
  }
}
