package beacon.commentary.web;

import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The commentary API: what service leads wrote about an indicator, period by period. */
@RestController
@RequestMapping("/api/v1/organisations/{org}/indicators/{code}/commentary")
@Tag(
    name = "Commentary",
    description = "The narrative and improvement actions written for an indicator each quarter")
class CommentaryApiController {

  private final OrganisationIndicators organisationIndicators;
  private final Commentaries commentaries;

  CommentaryApiController(
      OrganisationIndicators organisationIndicators, Commentaries commentaries) {
    this.organisationIndicators = organisationIndicators;
    this.commentaries = commentaries;
  }

  @GetMapping
  @Operation(
      summary =
          "The indicator's current commentary, newest reporting period first; for one reporting"
              + " period, none or one")
  List<CommentaryResource> commentary(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The indicator's code, e.g. CSC-REREF-Q") @PathVariable("code")
          String code,
      @Parameter(
              description =
                  "Only the commentary for this reporting quarter, e.g. 2022-23-Q4; every quarter's"
                      + " when left out")
          @RequestParam(name = "period", required = false)
          Period period) {
    Indicator indicator = organisationIndicators.find(organisation, code).indicator();
    if (period == null) {
      return commentaries.currentOf(indicator.id()).stream().map(CommentaryResource::of).toList();
    }
    Commentary commentary =
        commentaries.currentFor(List.of(indicator.id()), period.code()).get(indicator.id());
    return commentary == null ? List.of() : List.of(CommentaryResource.of(commentary));
  }
}
