package beacon.dashboard;

import beacon.indicator.ReportingPeriods;
import beacon.organisation.Organisation;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation's dashboard for a reporting period: how many indicators are Red, Amber, Green and
 * not rated, overall, by portfolio and by theme, each indicator's latest values drawn small, and
 * which ratings changed since the period before.
 */
@Controller
class DashboardController {

  private final ReportingPeriods reportingPeriods;
  private final Scorecards scorecards;

  DashboardController(ReportingPeriods reportingPeriods, Scorecards scorecards) {
    this.reportingPeriods = reportingPeriods;
    this.scorecards = scorecards;
  }

  @GetMapping("/organisations/{org}")
  String dashboard(
      Organisation organisation,
      @RequestParam(name = "period", required = false) Period period,
      @RequestParam(name = "glance", defaultValue = "1") int glancePage,
      Model model) {
    List<FinancialQuarter> periods = reportingPeriods.of(organisation.code());
    model.addAttribute("section", "dashboard");
    if (periods.isEmpty()) {
      model.addAttribute("organisation", organisation);
      return "dashboard/no-periods";
    }
    ReportingPeriodChoice choice = ReportingPeriodChoice.of(period, periods, organisation::name);
    Scorecard scorecard = scorecards.forPeriod(organisation.code(), choice.chosen());
    model.addAttribute("organisation", scorecard.organisation());
    model.addAttribute("period", scorecard.period());
    model.addAttribute("periods", choice.all());
    model.addAttribute("rags", List.of(Rag.values()));
    model.addAttribute("overall", RagCounts.overall(scorecard.indicators()));
    model.addAttribute("byPortfolio", RagCounts.byPortfolio(scorecard.indicators()));
    model.addAttribute("byTheme", RagCounts.byTheme(scorecard.indicators()));
    model.addAttribute(
        "glance", Glance.of(scorecard.indicators(), glancePage, organisation, scorecard.period()));
    choice
        .previous()
        .ifPresent(
            previous -> {
              Scorecard earlier = scorecards.forPeriod(organisation.code(), previous);
              model.addAttribute("previous", PeriodView.of(previous));
              model.addAttribute(
                  "changes", RatingChanges.between(earlier.indicators(), scorecard.indicators()));
            });
    return "dashboard/dashboard";
  }
}
