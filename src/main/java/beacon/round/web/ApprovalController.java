package beacon.round.web;

import beacon.account.SignedIn;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.round.ApprovalRefusedException;
import beacon.round.Approvals;
import beacon.round.CollectionRound;
import beacon.round.CommentaryApprovals;
import beacon.rules.period.FinancialQuarter;
import beacon.scorecard.PeriodView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Sign-off of an indicator's commentary in a round: the commentary to read, the button to approve
 * it for the paper, and the form to return it for changes with a reason.
 */
@Controller
@RequestMapping("/organisations/{org}/rounds/{period}/indicators/{code}")
class ApprovalController {

  private final RoundPages pages;
  private final OrganisationIndicators organisationIndicators;
  private final Commentaries commentaries;
  private final CommentaryApprovals approvals;
  private final Approvals rights;

  ApprovalController(
      RoundPages pages,
      OrganisationIndicators organisationIndicators,
      Commentaries commentaries,
      CommentaryApprovals approvals,
      Approvals rights) {
    this.pages = pages;
    this.organisationIndicators = organisationIndicators;
    this.commentaries = commentaries;
    this.approvals = approvals;
    this.rights = rights;
  }

  @GetMapping("/approve")
  String review(
      @PathVariable("org") String org,
      @PathVariable("period") String period,
      @PathVariable("code") String code,
      Model model) {
    OrganisationIndicator entry = organisationIndicators.find(org, code);
    CollectionRound round = pages.round(entry.organisation(), period);
    return show(entry, round, new ReturnForm(), model);
  }

  @PostMapping("/approve")
  String approve(
      @PathVariable("org") String org,
      @PathVariable("period") String period,
      @PathVariable("code") String code,
      @ModelAttribute("returnForm") ReturnForm form,
      BindingResult errors,
      Model model) {
    OrganisationIndicator entry = organisationIndicators.find(org, code);
    CollectionRound round = pages.round(entry.organisation(), period);
    try {
      approvals.approve(entry.indicator(), round.reportingPeriod(), SignedIn.account());
    } catch (ApprovalRefusedException e) {
      errors.reject("round.approve.error." + e.why().name(), e.getMessage());
      return show(entry, round, form, model);
    }
    return "redirect:" + done(entry, round.reportingPeriod(), "approved");
  }

  @PostMapping("/return")
  String returnForChanges(
      @PathVariable("org") String org,
      @PathVariable("period") String period,
      @PathVariable("code") String code,
      @ModelAttribute("returnForm") ReturnForm form,
      BindingResult errors,
      Model model) {
    OrganisationIndicator entry = organisationIndicators.find(org, code);
    CollectionRound round = pages.round(entry.organisation(), period);
    if (DueDatesForm.blank(form.getReason())) {
      errors.rejectValue("reason", "round.approve.error.reason", "Enter what needs to change");
      return show(entry, round, form, model);
    }
    try {
      approvals.returnForChanges(
          entry.indicator(), round.reportingPeriod(), form.getReason(), SignedIn.account());
    } catch (ApprovalRefusedException e) {
      errors.reject("round.approve.error." + e.why().name(), e.getMessage());
      return show(entry, round, form, model);
    }
    return "redirect:" + done(entry, round.reportingPeriod(), "returned");
  }

  private String show(
      OrganisationIndicator entry, CollectionRound round, ReturnForm form, Model model) {
    Indicator indicator = entry.indicator();
    FinancialQuarter quarter = round.reportingPeriod();
    Commentary current = commentaries.current(indicator.id(), quarter.code()).orElse(null);
    model.addAttribute("organisation", entry.organisation());
    model.addAttribute("indicator", indicator);
    model.addAttribute("period", PeriodView.of(quarter));
    model.addAttribute("current", current);
    model.addAttribute("recordedOn", current == null ? null : Dates.day(current.recordedAt()));
    model.addAttribute("mayApprove", rights.mayApproveNow(indicator));
    model.addAttribute("returnForm", form);
    return "round/approve";
  }

  private static String done(OrganisationIndicator entry, FinancialQuarter quarter, String saved) {
    return RoundPages.overview(entry.organisation(), quarter, saved, entry.indicator().code());
  }
}
