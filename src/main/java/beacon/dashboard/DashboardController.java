package beacon.dashboard;

import beacon.indicator.ReportingPeriods;
import beacon.organisation.Organisations;
import beacon.organisation.UnknownOrganisationException;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.rating.Rag;
import beacon.scorecard.RagCounts;
import beacon.scorecard.RatingChanges;
import beacon.scorecard.Scorecard;
import beacon.scorecard.Scorecards;
import beacon.web.PeriodView;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation's dashboard for a reporting period: how many indicators are Red, Amber, Green and
 * not rated, overall, by portfolio and by theme, and which ratings changed since the period before.
 */
@Controller
class DashboardController {

  private final Organisations organisations;
  private final ReportingPeriods reportingPeriods;
  private final Scorecards scorecards;

  DashboardController(
      Organisations organisations, ReportingPeriods reportingPeriods, Scorecards scorecards) {
    this.organisations = organisations;
    this.reportingPeriods = reportingPeriods;
    this.scorecards = scorecards;
  }

  @GetMapping("/organisations/{org}")
  String dashboard(
      @PathVariable("org") String org,
      @RequestParam(name = "period", required = false) Period period,
      Model model) {
    List<FinancialQuarter> periods = reportingPeriods.of(org);
    model.addAttribute("section", "dashboard");
    if (periods.isEmpty()) {
      model.addAttribute(
          "organisation",
          organisations.withCode(org).orElseThrow(() -> new UnknownOrganisationException(org)));
      return "dashboard/no-periods";
    }
    ReportingPeriodChoice choice =
        ReportingPeriodChoice.of(
            period, periods, () -> organisations.withCode(org).map(o -> o.name()).orElse(org));
    Scorecard scorecard = scorecards.forPeriod(org, choice.chosen());
    model.addAttribute("organisation", scorecard.organisation());
    model.addAttribute("period", scorecard.period());
    model.addAttribute("periods", choice.all());
    model.addAttribute("rags", List.of(Rag.values()));
    model.addAttribute("overall", RagCounts.overall(scorecard.indicators()));
    model.addAttribute("byPortfolio", RagCounts.byPortfolio(scorecard.indicators()));
    model.addAttribute("byTheme", RagCounts.byTheme(scorecard.indicators()));
    choice
        .previous()
        .ifPresent(
            previous -> {
              Scorecard earlier = scorecards.forPeriod(org, previous);
              model.addAttribute("previous", PeriodView.of(previous));
              model.addAttribute(
                  "changes", RatingChanges.between(earlier.indicators(), scorecard.indicators()));
            });
    return "dashboard/dashboard";
  }
}
