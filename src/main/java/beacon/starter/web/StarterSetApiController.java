package beacon.starter.web;

import beacon.account.Account;
import beacon.organisation.Organisation;
import beacon.starter.NotInStarterSetException;
import beacon.starter.StarterIndicators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The starter set of standard measures by API: {@code GET} what the council may take, {@code POST}
 * the measures to start indicators from, each with the council's own published figures as values
 * and England, its region and its statistical neighbours as benchmarks.
 */
@RestController
@RequestMapping("/api/v1/organisations/{org}/starter-set")
@Tag(name = "Indicators")
class StarterSetApiController {

  /** The measures to start, by their national codes; or every one the council has not. */
  record StartRequest(List<String> measures, Boolean all) {}

  record OfferResource(
      String code,
      String measure,
      String title,
      String polarity,
      String unit,
      String group,
      String already) {}

  record StartedResource(String code, String measure, int values, int benchmarks) {}

  record StartedSet(List<StartedResource> started) {}

  private final StarterIndicators starter;

  StarterSetApiController(StarterIndicators starter) {
    this.starter = starter;
  }

  @GetMapping
  @Operation(
      summary = "The standard measures the council may start indicators from",
      description =
          "Each with the code its indicator is given, and the council's indicator that has it"
              + " already (already), if any.")
  List<OfferResource> offered(@Parameter(hidden = true) Organisation organisation) {
    return starter.offeredTo(organisation).stream()
        .map(
            offer ->
                new OfferResource(
                    offer.entry().code(),
                    offer.entry().measure(),
                    offer.entry().title(),
                    offer.measure().polarity().name(),
                    offer.entry().unit().name(),
                    offer.entry().group(),
                    offer.already()))
        .toList();
  }

  @PostMapping
  @Operation(
      summary = "Starts indicators from standard measures",
      description =
          "{\"measures\": [\"ReReferral\", \"CP_conf_15days\"]}, or {\"all\": true} for every"
              + " measure the council has not already. Each becomes an indicator linked to its"
              + " measure, with the council's published figure for every year as its values and"
              + " England, the region and the statistical neighbours' mean as benchmarks. A"
              + " measure the council has already is left as it is; 422 for a measure not in the"
              + " set, and nothing is written.")
  ResponseEntity<StartedSet> start(
      @Parameter(hidden = true) Organisation organisation,
      @RequestBody(required = false) StartRequest request,
      @Parameter(hidden = true) Account signedIn) {
    List<String> measures;
    if (request != null && Boolean.TRUE.equals(request.all())) {
      measures =
          starter.offeredTo(organisation).stream().map(offer -> offer.entry().measure()).toList();
    } else if (request != null && request.measures() != null && !request.measures().isEmpty()) {
      measures = request.measures();
    } else {
      throw new ResponseStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "measures: name the measures to start, such as [\"ReReferral\"], or send"
              + " {\"all\": true}");
    }
    List<StarterIndicators.Started> started;
    try {
      started = starter.start(organisation, measures, signedIn.name());
    } catch (NotInStarterSetException e) {
      throw new ResponseStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY, "measures: " + e.getMessage());
    }
    return ResponseEntity.created(
            URI.create("/api/v1/organisations/" + organisation.code() + "/indicators"))
        .body(
            new StartedSet(
                started.stream()
                    .map(
                        s -> new StartedResource(s.code(), s.measure(), s.values(), s.benchmarks()))
                    .toList()));
  }
}
