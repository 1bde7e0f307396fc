package beacon.dashboard;

import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.scorecard.Scorecard;
import beacon.scorecard.Scorecards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scorecard API: an organisation's indicators, rated, for a reporting period. */
@RestController
@RequestMapping("/api/v1/organisations/{org}/scorecard")
@Tag(name = "Scorecards", description = "A council's indicators, rated, for a reporting period")
class ScorecardController {

  private final Scorecards scorecards;

  ScorecardController(Scorecards scorecards) {
    this.scorecards = scorecards;
  }

  @GetMapping
  @Operation(
      summary =
          "Every indicator the council reports in a quarter, with its value, target, RAG rating"
              + " and the reason for it, direction of travel, benchmarks and commentary")
  Scorecard scorecard(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The reporting quarter, e.g. 2022-23-Q4") @RequestParam("period")
          Period period) {
    return scorecards.forPeriod(organisation.code(), period);
  }
}
