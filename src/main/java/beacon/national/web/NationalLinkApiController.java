package beacon.national.web;

import beacon.account.Account;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.national.NationalBenchmarks;
import beacon.national.NationalFigures;
import beacon.national.NationalLinks;
import beacon.organisation.Organisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national measure an indicator is compared with: {@code GET} it with every earlier link,
 * {@code PUT} a new one (the benchmarks fill from the national data), {@code DELETE} to end it.
 */
@RestController
@RequestMapping("/api/v1/organisations/{org}/indicators/{code}/national-link")
@Tag(name = "National figures")
class NationalLinkApiController {

  /** A link to make: the measure's code and why. */
  record LinkRequest(String measure, String reason) {}

  /** Why a link is ended. */
  record EndRequest(String reason) {}

  record LinkResource(
      String measure, String name, boolean linked, String by, String reason, OffsetDateTime at) {}

  record LinksResource(LinkResource current, List<LinkResource> history, Filled filled) {}

  record Filled(int added, int changed, int unchanged, int closed) {}

  private final OrganisationIndicators indicators;
  private final NationalFigures figures;
  private final NationalLinks links;
  private final NationalBenchmarks benchmarks;

  NationalLinkApiController(
      OrganisationIndicators indicators,
      NationalFigures figures,
      NationalLinks links,
      NationalBenchmarks benchmarks) {
    this.indicators = indicators;
    this.figures = figures;
    this.links = links;
    this.benchmarks = benchmarks;
  }

  @GetMapping
  @Operation(summary = "The national measure the indicator is linked to, and every earlier link")
  LinksResource get(
      @Parameter(hidden = true) Organisation organisation, @PathVariable("code") String code) {
    return resource(indicators.find(organisation, code), null);
  }

  @PutMapping
  @Transactional
  @Operation(
      summary = "Links the indicator to a national measure and fills its benchmarks from it",
      description =
          "The earlier link is kept. England, the region and the statistical neighbours' mean are"
              + " recorded for every year of the measure, each with its source; benchmarks typed"
              + " for a report are left as they are.")
  LinksResource link(
      @Parameter(hidden = true) Organisation organisation,
      @PathVariable("code") String code,
      @RequestBody LinkRequest request,
      @Parameter(hidden = true) Account signedIn) {
    OrganisationIndicator found = indicators.find(organisation, code);
    if (request == null || blank(request.measure())) {
      throw invalid("measure: name the national measure to link, e.g. CP_conf_15days");
    }
    if (figures.measure(request.measure().strip()).isEmpty()) {
      throw invalid("measure: there is no national measure " + request.measure().strip());
    }
    links.link(
        found.indicator().id(),
        request.measure().strip(),
        signedIn.name(),
        reason(request.reason()));
    return resource(found, benchmarks.fill(found.indicator().id(), found.organisation().code()));
  }

  @DeleteMapping
  @Transactional
  @Operation(
      summary = "Ends the indicator's link; the benchmarks filled from it are closed and kept")
  LinksResource end(
      @Parameter(hidden = true) Organisation organisation,
      @PathVariable("code") String code,
      @RequestBody EndRequest request,
      @Parameter(hidden = true) Account signedIn) {
    OrganisationIndicator found = indicators.find(organisation, code);
    String why = request == null ? null : request.reason();
    links.unlink(found.indicator().id(), signedIn.name(), reason(why));
    return resource(found, benchmarks.fill(found.indicator().id(), found.organisation().code()));
  }

  private LinksResource resource(OrganisationIndicator found, NationalBenchmarks.Filled filled) {
    long id = found.indicator().id();
    List<LinkResource> history =
        links.historyOf(id).stream()
            .map(
                link ->
                    new LinkResource(
                        link.measureCode(),
                        figures
                            .measure(link.measureCode())
                            .map(NationalFigures.Measure::fullName)
                            .orElse(null),
                        link.linked(),
                        link.recordedBy(),
                        link.reason(),
                        link.recordedAt()))
            .toList();
    LinkResource current = history.isEmpty() || !history.get(0).linked() ? null : history.get(0);
    return new LinksResource(
        current,
        history,
        filled == null
            ? null
            : new Filled(filled.added(), filled.changed(), filled.unchanged(), filled.closed()));
  }

  private static String reason(String reason) {
    if (reason != null && reason.length() > NationalLinkForm.LONGEST) {
      throw invalid("reason: write at most 2,000 characters");
    }
    return blank(reason) ? null : reason.strip();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static ResponseStatusException invalid(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
