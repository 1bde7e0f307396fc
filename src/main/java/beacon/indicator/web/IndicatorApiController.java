package beacon.indicator.web;

import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicators API: a council's indicator catalogue. */
@RestController
@RequestMapping("/api/v1/organisations/{org}/indicators")
@Tag(name = "Indicators", description = "A council's indicator catalogue")
class IndicatorApiController {

  private final Indicators indicators;
  private final OrganisationIndicators organisationIndicators;

  IndicatorApiController(Indicators indicators, OrganisationIndicators organisationIndicators) {
    this.indicators = indicators;
    this.organisationIndicators = organisationIndicators;
  }

  @GetMapping
  @Operation(
      summary =
          "Every indicator in the council's catalogue, in the order of its papers, a page at"
              + " a time")
  ApiPage<IndicatorResource> indicators(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "Which page, counted from 1")
          @RequestParam(name = "page", defaultValue = "1")
          int page,
      @Parameter(description = "How many indicators a page holds, from 1 to 500")
          @RequestParam(name = "size", defaultValue = "" + ApiPage.DEFAULT_SIZE)
          int size) {
    return ApiPage.of(
        indicators.allOf(organisation.id()).stream().map(IndicatorResource::of).toList(),
        page,
        size);
  }

  @GetMapping("/{code}")
  @Operation(summary = "One indicator's definition")
  IndicatorResource indicator(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The indicator's code, e.g. CSC-REREF-Q") @PathVariable("code")
          String code) {
    return IndicatorResource.of(organisationIndicators.find(organisation, code).indicator());
  }
}
