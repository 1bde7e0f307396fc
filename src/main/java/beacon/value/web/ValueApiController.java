package beacon.value.web;

import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The values API: an indicator's figures, and every version of a corrected one. */
@RestController
@RequestMapping("/api/v1/organisations/{org}/indicators/{code}/values")
@Tag(name = "Values", description = "An indicator's figures, with who recorded them and when")
class ValueApiController {

  private final OrganisationIndicators organisationIndicators;
  private final IndicatorValues values;

  ValueApiController(OrganisationIndicators organisationIndicators, IndicatorValues values) {
    this.organisationIndicators = organisationIndicators;
    this.values = values;
  }

  @GetMapping
  @Operation(summary = "The indicator's current values, oldest period first")
  List<ValueResource> values(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The indicator's code, e.g. CSC-REREF-Q") @PathVariable("code")
          String code) {
    Indicator indicator = organisationIndicators.find(organisation, code).indicator();
    return values.seriesFor(indicator.id()).stream()
        .map(value -> ValueResource.of(value, indicator.unit()))
        .toList();
  }

  @GetMapping("/{period}/history")
  @Operation(
      summary =
          "Every version of the value for one period, newest first: the figure, who recorded it,"
              + " when, and why it was corrected")
  List<ValueResource> history(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The indicator's code, e.g. CSC-REREF-Q") @PathVariable("code")
          String code,
      @Parameter(
              description =
                  "The value's own period code: 2022-23-Q4 (quarter), 2018-03 (month), 2022-23"
                      + " (financial year), AY2016-17 (academic year), 2021 (calendar year)")
          @PathVariable("period")
          Period period) {
    var found = organisationIndicators.find(organisation, code);
    Indicator indicator = found.indicator();
    List<IndicatorValue> versions = values.history(indicator.id(), period.code());
    if (versions.isEmpty()) {
      throw new NotFoundException(
          "No value of "
              + indicator.code()
              + " in "
              + found.organisation().name()
              + " has been recorded for "
              + period.label()
              + " ("
              + period.code()
              + ")");
    }
    return versions.stream().map(value -> ValueResource.of(value, indicator.unit())).toList();
  }
}
