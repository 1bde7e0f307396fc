package beacon.round.web;

import beacon.account.Account;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.StaleCommentaryException;
import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.round.ApprovalRefusedException;
import beacon.round.Approvals;
import beacon.round.CollectionRound;
import beacon.round.CommentaryApprovals;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.scorecard.NoScorecardException;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.web.EntryForm;
import beacon.web.PeriodView;
import beacon.web.ShownForms;
import beacon.web.StaleForms;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Sign-off of an indicator's commentary in a round: the commentary to read beside the figure it is
 * about (value, target, rating), the button to approve it for the paper, and the form to return it
 * for changes with a reason. Both carry the version of the commentary shown, and are refused when
 * it was saved again since.
 */
@Controller
@RequestMapping("/organisations/{org}/rounds/{period}/indicators/{code}")
class ApprovalController {

  private final RoundPages pages;
  private final OrganisationIndicators organisationIndicators;
  private final Commentaries commentaries;
  private final CommentaryApprovals approvals;
  private final Approvals rights;
  private final Scorecards scorecards;
  private final CommentaryChanges changes;

  ApprovalController(
      RoundPages pages,
      OrganisationIndicators organisationIndicators,
      Commentaries commentaries,
      CommentaryApprovals approvals,
      Approvals rights,
      Scorecards scorecards,
      CommentaryChanges changes) {
    this.pages = pages;
    this.organisationIndicators = organisationIndicators;
    this.commentaries = commentaries;
    this.approvals = approvals;
    this.rights = rights;
    this.scorecards = scorecards;
    this.changes = changes;
  }

  @GetMapping("/approve")
  String review(
      Organisation organisation,
      @PathVariable("period") Period period,
      @PathVariable("code") String code,
      Model model,
      Account signedIn) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    CollectionRound round = pages.round(entry.organisation(), period);
    ReturnForm form =
        ReturnForm.openedOn(
            commentaries
                .current(entry.indicator().id(), round.reportingPeriod().code())
                .map(Commentary::id)
                .orElse(null));
    return show(entry, round, form, signedIn, model);
  }

  @PostMapping("/approve")
  String approve(
      Organisation organisation,
      @PathVariable("period") Period period,
      @PathVariable("code") String code,
      @ModelAttribute("returnForm") ReturnForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    CollectionRound round = pages.round(entry.organisation(), period);
    try {
      approvals.approve(
          entry.indicator(),
          round.reportingPeriod(),
          form.expectedVersion(),
          Optional.of(signedIn));
    } catch (ApprovalRefusedException e) {
      errors.reject("round.approve.error." + e.why().name(), e.getMessage());
      return show(entry, round, form, signedIn, model);
    } catch (StaleCommentaryException e) {
      return refuse(entry, round, form, errors, e.current(), signedIn, model);
    }
    return "redirect:" + done(entry, round.reportingPeriod(), "approved");
  }

  @PostMapping("/return")
  String returnForChanges(
      Organisation organisation,
      @PathVariable("period") Period period,
      @PathVariable("code") String code,
      @ModelAttribute("returnForm") ReturnForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    CollectionRound round = pages.round(entry.organisation(), period);
    if (EntryForm.blank(form.reason())) {
      errors.rejectValue("reason", "round.approve.error.reason", "Enter what needs to change");
      return show(entry, round, form, signedIn, model);
    }
    try {
      approvals.returnForChanges(
          entry.indicator(),
          round.reportingPeriod(),
          form.reason(),
          form.expectedVersion(),
          Optional.of(signedIn));
    } catch (ApprovalRefusedException e) {
      errors.reject("round.approve.error." + e.why().name(), e.getMessage());
      return show(entry, round, form, signedIn, model);
    } catch (StaleCommentaryException e) {
      return refuse(entry, round, form, errors, e.current(), signedIn, model);
    }
    return "redirect:" + done(entry, round.reportingPeriod(), "returned");
  }

  /**
   * Shows the page again on the commentary saved since it was opened, nothing approved or returned
   * and the reason typed kept, saying who saved it, when and what changed.
   */
  private String refuse(
      OrganisationIndicator entry,
      CollectionRound round,
      ReturnForm form,
      BindingResult errors,
      Commentary current,
      Account signedIn,
      Model model) {
    Commentary opened =
        form.expectedVersion() == null
            ? null
            : commentaries.history(current.indicatorId(), current.reportingPeriodCode()).stream()
                .filter(version -> version.id() == form.expectedVersion())
                .findFirst()
                .orElse(null);
    StaleForms.refuse(
        errors,
        "round.approve.error.stale",
        current,
        "Someone else saved this commentary after you opened this page",
        changes.describe(opened, current));
    return show(entry, round, form.reopenedOn(current.id()), signedIn, model);
  }

  private String show(
      OrganisationIndicator entry,
      CollectionRound round,
      ReturnForm form,
      Account signedIn,
      Model model) {
    Indicator indicator = entry.indicator();
    FinancialQuarter quarter = round.reportingPeriod();
    Commentary current = commentaries.current(indicator.id(), quarter.code()).orElse(null);
    model.addAttribute("organisation", entry.organisation());
    model.addAttribute("indicator", indicator);
    model.addAttribute("period", PeriodView.of(quarter));
    model.addAttribute("current", current);
    model.addAttribute("recordedOn", current == null ? null : Dates.day(current.recordedAt()));
    model.addAttribute("line", line(entry, quarter));
    model.addAttribute("mayApprove", rights.mayApprove(signedIn, indicator));
    ShownForms.show(model, "returnForm", form);
    return "round/approve";
  }

  /** The indicator as the quarter's scorecard rates it: the figure the commentary is about. */
  private ScorecardLine line(OrganisationIndicator entry, FinancialQuarter quarter) {
    try {
      return scorecards.forPeriod(entry.organisation().code(), quarter).indicators().stream()
          .filter(line -> line.code().equals(entry.indicator().code()))
          .findFirst()
          .orElse(null);
    } catch (NoScorecardException e) {
      return null;
    }
  }

  private static String done(OrganisationIndicator entry, FinancialQuarter quarter, String saved) {
    return RoundPages.overview(entry.organisation(), quarter, saved, entry.indicator().code());
  }
}
