package beacon.round.web;

import beacon.organisation.Organisation;
import beacon.round.RoundProgress;
import beacon.rules.period.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The collection round API: where each indicator due in a quarter's round has got. */
@RestController
@Tag(
    name = "Collection rounds",
    description = "The quarterly call for figures and commentary, and where each indicator is")
class RoundApiController {

  private final RoundPages pages;
  private final RoundProgress progress;

  RoundApiController(RoundPages pages, RoundProgress progress) {
    this.pages = pages;
    this.progress = progress;
  }

  @GetMapping("/api/v1/organisations/{org}/rounds/{period}")
  @Operation(
      summary =
          "The round's due dates, the count of indicators at each state, and every indicator due"
              + " with its state, due date and whether it is overdue")
  RoundResource round(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The reporting quarter, e.g. 2022-23-Q4") @PathVariable("period")
          Period period) {
    return RoundResource.of(progress.of(pages.round(organisation, period), RoundPages.today()));
  }
}
