package beacon.scorecard.web;

import beacon.rules.period.Period;
import beacon.rules.period.Periods;
import beacon.scorecard.Scorecard;
import beacon.scorecard.Scorecards;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scorecard API: an organisation's indicators, rated, for a reporting period. */
@RestController
@RequestMapping("/api/v1/scorecard")
class ScorecardController {

  private final Scorecards scorecards;

  ScorecardController(Scorecards scorecards) {
    this.scorecards = scorecards;
  }

  @GetMapping
  Scorecard scorecard(
      @RequestParam("org") String organisation, @RequestParam("period") String period) {
    Period reportingPeriod = Periods.fromCode(period);
    return scorecards.forPeriod(organisation, reportingPeriod);
  }
}
