package beacon.dashboard;

import beacon.club.web.ClubSection;
import beacon.indicator.ReportingPeriods;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The indicator page: one indicator's rating, trend, targets, benchmarks, benchmarking clubs and
 * commentary.
 */
@Controller
class IndicatorPageController {

  private static final Set<String> SAVED = Set.of("value", "target", "commentary", "national");

  private final IndicatorPageReader reader;
  private final ReportingPeriods reportingPeriods;
  private final ClubSection clubs;

  IndicatorPageController(
      IndicatorPageReader reader, ReportingPeriods reportingPeriods, ClubSection clubs) {
    this.reader = reader;
    this.reportingPeriods = reportingPeriods;
    this.clubs = clubs;
  }

  @GetMapping("/organisations/{org}/indicators/{code}")
  String indicator(
      Organisation organisation,
      @PathVariable("code") String code,
      @RequestParam(name = "period", required = false) Period period,
      @RequestParam(name = "saved", required = false) String saved,
      Model model) {
    Period reportingPeriod =
        period == null
            ? reportingPeriods
                .latest(organisation.code())
                .<Period>map(quarter -> quarter)
                .orElseGet(reportingPeriods::lastEnded)
            : period;
    IndicatorPageView view = reader.read(organisation, code, reportingPeriod);
    model.addAttribute("view", view);
    model.addAttribute("organisation", view.organisation());
    model.addAttribute("section", "indicators");
    model.addAttribute("periods", reportingPeriods.of(organisation.code()));
    model.addAttribute("saved", saved != null && SAVED.contains(saved) ? saved : null);
    model.addAttribute(
        "clubs", clubs.of(view.organisation(), view.indicator(), view.valuePeriodCode()));
    return "dashboard/indicator";
  }
}
