package beacon.entry;

import beacon.account.Account;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.commentary.StaleCommentaryException;
import beacon.indicator.ReportingPeriods;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.round.Approvals;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.web.EntryForm;
import beacon.web.NotFoundException;
import beacon.web.ShownForms;
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
 * The form to write an indicator's commentary and improvement actions for a reporting quarter,
 * keeping the version it replaces.
 */
@Controller
@RequestMapping("/organisations/{org}/indicators/{code}/commentary")
class CommentaryEntryController {

  private final OrganisationIndicators organisationIndicators;
  private final Commentaries commentaries;
  private final ReportingPeriods reportingPeriods;
  private final EntryPages pages;
  private final Approvals approvals;

  CommentaryEntryController(
      OrganisationIndicators organisationIndicators,
      Commentaries commentaries,
      ReportingPeriods reportingPeriods,
      EntryPages pages,
      Approvals approvals) {
    this.organisationIndicators = organisationIndicators;
    this.commentaries = commentaries;
    this.reportingPeriods = reportingPeriods;
    this.pages = pages;
    this.approvals = approvals;
  }

  @GetMapping
  String initForm(
      Organisation organisation,
      @PathVariable String code,
      @RequestParam(required = false) String period,
      Model model) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    FinancialQuarter quarter = quarter(entry.organisation(), period);
    Commentary current = commentaries.current(entry.indicator().id(), quarter.code()).orElse(null);
    CommentaryForm form =
        current != null ? CommentaryForm.editing(current) : CommentaryForm.empty();
    return show(model, entry, quarter, form, current, false);
  }

  @PostMapping
  String processForm(
      Organisation organisation,
      @PathVariable String code,
      @RequestParam(required = false) String period,
      @ModelAttribute("commentaryForm") CommentaryForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    OrganisationIndicator entry = organisationIndicators.find(organisation, code);
    long indicatorId = entry.indicator().id();
    FinancialQuarter quarter = quarter(entry.organisation(), period);
    form.validate(errors);
    if (form.chosenState() == CommentaryState.APPROVED
        && !approvals.mayApprove(signedIn, entry.indicator())) {
      errors.rejectValue(
          "state", "round.approve.error.notApprover", "Only an approver may approve");
    }
    if (errors.hasErrors()) {
      Commentary current = commentaries.current(indicatorId, quarter.code()).orElse(null);
      return show(model, entry, quarter, form, current, true);
    }
    try {
      commentaries.save(
          indicatorId,
          quarter.code(),
          form.narrative().strip(),
          form.improvementActions(),
          EntryForm.orNull(form.benchmarkText()),
          EntryForm.orNull(form.author()),
          form.chosenState(),
          signedIn.name(),
          form.expectedVersion());
    } catch (StaleCommentaryException e) {
      return refuse(model, entry, quarter, form, errors, e.current());
    }
    return "redirect:" + entry.indicatorPage(quarter, "commentary");
  }

  private String refuse(
      Model model,
      OrganisationIndicator entry,
      FinancialQuarter quarter,
      CommentaryForm form,
      BindingResult errors,
      Commentary current) {
    pages.refuse(
        errors,
        "entry.commentary.error.stale",
        current,
        "Someone else saved commentary after you opened this form",
        quarter.label());
    return show(model, entry, quarter, form.reopenedOn(current.id()), current, true);
  }

  private String show(
      Model model,
      OrganisationIndicator entry,
      FinancialQuarter quarter,
      CommentaryForm form,
      Commentary current,
      boolean withErrors) {
    String heading =
        pages.text(
            current != null ? "entry.commentary.heading.edit" : "entry.commentary.heading.new",
            quarter.label());
    pages.show(model, entry, current, heading, withErrors, entry.indicatorPage(quarter, null));
    model.addAttribute("quarter", quarter);
    ShownForms.show(model, "commentaryForm", form);
    model.addAttribute("states", CommentaryState.values());
    return "entry/commentary";
  }

  /** The reporting quarter asked for, or the organisation's latest. */
  private FinancialQuarter quarter(Organisation organisation, String text) {
    if (text == null || text.isBlank()) {
      return reportingPeriods
          .latest(organisation.code())
          .orElseThrow(
              () ->
                  new NotFoundException(
                      organisation.name() + " has no reporting period to write commentary for"));
    }
    Period period = Periods.parse(text);
    if (period instanceof FinancialQuarter quarter) {
      return quarter;
    }
    throw new NotFoundException(
        "Commentary is written for a reporting quarter, like 2022-23-Q4, not '" + text + "'");
  }
}
