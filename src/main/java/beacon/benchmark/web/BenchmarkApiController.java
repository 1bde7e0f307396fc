package beacon.benchmark.web;

import beacon.benchmark.Benchmarks;
import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The benchmarks API: an indicator's figures for England, the region, neighbours and others. */
@RestController
@RequestMapping("/api/v1/organisations/{org}/indicators/{code}/benchmarks")
@Tag(
    name = "Benchmarks",
    description = "How an indicator compares with England, the region and statistical neighbours")
class BenchmarkApiController {

  private final OrganisationIndicators organisationIndicators;
  private final Benchmarks benchmarks;

  BenchmarkApiController(OrganisationIndicators organisationIndicators, Benchmarks benchmarks) {
    this.organisationIndicators = organisationIndicators;
    this.benchmarks = benchmarks;
  }

  @GetMapping
  @Operation(summary = "The indicator's current benchmarks, in the order they were given")
  List<BenchmarkResource> benchmarks(
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The indicator's code, e.g. CSC-REREF-Q") @PathVariable("code")
          String code) {
    Indicator indicator = organisationIndicators.find(organisation, code).indicator();
    return benchmarks
        .currentFor(List.of(indicator.id()))
        .getOrDefault(indicator.id(), List.of())
        .stream()
        .map(benchmark -> BenchmarkResource.of(benchmark, indicator.unit()))
        .toList();
  }
}
