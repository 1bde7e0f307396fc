package beacon.publishing.web;

import beacon.account.Account;
import beacon.indicator.ReportingPeriods;
import beacon.organisation.Organisation;
import beacon.papers.Layout;
import beacon.papers.PaperFiles;
import beacon.papers.Papers;
import beacon.publishing.CommentaryNotApprovedException;
import beacon.publishing.PublishedPapers;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.web.NotFoundException;
import beacon.web.PeriodView;
import beacon.web.ShownForms;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The papers page: choose a layout, reporting period, portfolio and front sheet, get the paper in
 * any format, or publish it; and the organisation's published papers.
 */
@Controller
@RequestMapping("/organisations/{org}/papers")
class PapersPageController {

  private final ReportingPeriods reportingPeriods;
  private final Scorecards scorecards;
  private final Papers papers;
  private final PublishedPapers published;

  PapersPageController(
      ReportingPeriods reportingPeriods,
      Scorecards scorecards,
      Papers papers,
      PublishedPapers published) {
    this.reportingPeriods = reportingPeriods;
    this.scorecards = scorecards;
    this.papers = papers;
    this.published = published;
  }

  @GetMapping
  String papersPage(
      Organisation organisation,
      @ModelAttribute("paperForm") PaperForm form,
      BindingResult errors,
      Model model) {
    return page(organisation, form, errors, model).show(model, errors);
  }

  @PostMapping
  String publish(
      Organisation organisation,
      @ModelAttribute("paperForm") PaperForm form,
      BindingResult errors,
      Model model,
      Account signedIn) {
    Page page = page(organisation, form, errors, model);
    form.validatePublisher(errors);
    if (errors.hasErrors()) {
      return page.show(model, errors);
    }
    try {
      String reference = published.publish(page.choice.paper(papers), signedIn.name(), form.note());
      return "redirect:/papers/" + reference;
    } catch (CommentaryNotApprovedException e) {
      errors.reject(
          "round.publish.unapproved",
          new Object[] {page.quarter.label(), String.join("; ", e.indicators())},
          e.getReason());
      return page.show(model, errors);
    }
  }

  /** Resolves the choices, rejecting the wrong ones, and fills what the page shows of them. */
  private Page page(Organisation organisation, PaperForm form, BindingResult errors, Model model) {
    List<FinancialQuarter> periods = reportingPeriods.of(organisation.code());
    if (periods.isEmpty()) {
      throw new NotFoundException(
          organisation.name() + " has no reporting period yet, so no paper can be made");
    }
    FinancialQuarter quarter = quarter(organisation, form.period(), periods);
    Layout layout = form.chosenLayout(errors);
    LocalDate meeting = form.meetingDate(errors);
    List<String> portfolios =
        scorecards.forPeriod(organisation.code(), quarter).indicators().stream()
            .map(ScorecardLine::portfolio)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    String portfolio = PaperForm.blank(form.portfolio()) ? null : form.portfolio().strip();
    if (portfolio != null && !portfolios.contains(portfolio)) {
      errors.rejectValue(
          "portfolio",
          "publishing.error.portfolio",
          new Object[] {quarter.label()},
          "Choose a portfolio reported in " + quarter.label());
      portfolio = null;
    }
    model.addAttribute("organisation", organisation);
    model.addAttribute("section", "papers");
    model.addAttribute("layouts", Layout.values());
    model.addAttribute("periods", periods.stream().map(PeriodView::of).toList());
    model.addAttribute("portfolios", portfolios);
    model.addAttribute("publications", PublicationRow.of(published.listFor(organisation.code())));
    PaperChoice choice =
        layout == null
            ? null
            : PaperChoice.of(organisation.code(), layout, quarter, portfolio, form, meeting);
    return new Page(choice, quarter, form.forPeriod(quarter.code()));
  }

  private static FinancialQuarter quarter(
      Organisation organisation, String code, List<FinancialQuarter> periods) {
    if (PaperForm.blank(code)) {
      return periods.get(0);
    }
    Period asked = Periods.fromCode(code.strip());
    if (!(asked instanceof FinancialQuarter quarter) || !periods.contains(quarter)) {
      throw new NotFoundException(
          organisation.name() + " has no report for " + asked.label() + " (" + asked.code() + ")");
    }
    return quarter;
  }

  /**
   * The paper chosen, once the choices are right, the quarter it covers, and the form to show
   * again: as sent, for that quarter.
   */
  private record Page(PaperChoice choice, FinancialQuarter quarter, PaperForm form) {

    String show(Model model, BindingResult errors) {
      ShownForms.show(model, "paperForm", form);
      boolean choiceIsRight =
          choice != null
              && !errors.hasFieldErrors("layout")
              && !errors.hasFieldErrors("portfolio")
              && !errors.hasFieldErrors("meeting");
      model.addAttribute("quarter", PeriodView.of(quarter));
      if (choiceIsRight) {
        model.addAttribute("chosenLayout", choice.layout());
        model.addAttribute("chosenPortfolio", choice.portfolio());
        model.addAttribute(
            "links",
            Arrays.stream(PaperFiles.Format.values())
                .map(format -> new FormatLink(format.extension(), choice.link(format)))
                .toList());
      }
      return "publishing/papers";
    }
  }

  /** A link to the paper in one format. */
  record FormatLink(String format, String href) {}
}
