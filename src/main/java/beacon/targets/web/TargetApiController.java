package beacon.targets.web;

import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.targets.Targets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The targets API: the targets set for an indicator. */
@RestController
@RequestMapping("/api/v1/organisations/{org}/indicators/{code}/targets")
@Tag(name = "Targets", description = "The targets set for an indicator, with their tolerance")
class TargetApiController {

  private final OrganisationIndicators organisationIndicators;
  private final Targets targets;

  TargetApiController(OrganisationIndicators organisationIndicators, Targets targets) {
    this.organisationIndicators = organisationIndicators;
    this.targets = targets;
  }

  @GetMapping
  @Operation(summary = "The indicator's current targets, earliest period first")
  List<TargetResource> targets(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The indicator's code, e.g. CSC-REREF-Q") @PathVariable("code")
          String code) {
    Indicator indicator = organisationIndicators.find(organisation, code).indicator();
    return targets
        .currentFor(List.of(indicator.id()))
        .getOrDefault(indicator.id(), List.of())
        .stream()
        .map(target -> TargetResource.of(target, indicator.unit()))
        .toList();
  }
}
