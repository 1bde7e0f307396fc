package beacon.catalogue;

import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.rating.IndicatorSchemes;
import beacon.rating.RagSchemes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * One indicator's own RAG schemes by API, over its organisation's: {@code GET} them, {@code POST}
 * one of the organisation's schemes in force for the indicator from a day, {@code DELETE} one to
 * rate the indicator as before it.
 */
@RestController
@RequestMapping("/api/v1/organisations/{org}/indicators/{code}/schemes")
@Tag(name = "RAG schemes")
class IndicatorSchemeApiController {

  /** The organisation's scheme, by name, to put in force for the indicator from a day. */
  record NewUse(String scheme, String inForceFrom) {}

  record UseResource(long id, String scheme, LocalDate inForceFrom) {}

  private final OrganisationIndicators indicators;
  private final RagSchemes schemes;
  private final IndicatorSchemes own;

  IndicatorSchemeApiController(
      OrganisationIndicators indicators, RagSchemes schemes, IndicatorSchemes own) {
    this.indicators = indicators;
    this.schemes = schemes;
    this.own = own;
  }

  @GetMapping
  @Operation(
      summary = "The indicator's own RAG schemes, the earliest first",
      description =
          "From each one's day, the indicator is rated by it rather than by the organisation's"
              + " scheme in force; none when it is rated as the organisation's indicators are.")
  List<UseResource> list(
      @Parameter(hidden = true) Organisation organisation, @PathVariable("code") String code) {
    OrganisationIndicator found = indicators.find(organisation, code);
    return own.usesFor(found.indicator().id()).stream()
        .map(use -> new UseResource(use.id(), use.schemeName(), use.inForceFrom()))
        .toList();
  }

  @PostMapping
  @Operation(
      summary = "Puts one of the organisation's schemes in force for the indicator from a day",
      description =
          "{\"scheme\": \"Two states\", \"inForceFrom\": \"2024-04-01\"}: the indicator is rated"
              + " by it from 1 April 2024, whatever the organisation's scheme. 422 naming the"
              + " field for a scheme the organisation has not, a day that is not a date, or a"
              + " day the indicator has a scheme of its own from already; nothing is written.")
  ResponseEntity<UseResource> add(
      @Parameter(hidden = true) Organisation organisation,
      @PathVariable("code") String code,
      @RequestBody(required = false) NewUse request) {
    OrganisationIndicator found = indicators.find(organisation, code);
    if (request == null || blank(request.scheme())) {
      throw refused("scheme: name one of the organisation's RAG schemes");
    }
    long schemeId =
        schemes
            .named(organisation.id(), request.scheme().strip())
            .orElseThrow(
                () ->
                    refused(
                        "scheme: "
                            + organisation.name()
                            + " has no RAG scheme named "
                            + request.scheme().strip()));
    LocalDate from;
    try {
      from = LocalDate.parse(blank(request.inForceFrom()) ? "" : request.inForceFrom().strip());
    } catch (DateTimeParseException e) {
      throw refused("inForceFrom: give the day the scheme comes into force, such as 2024-04-01");
    }
    long id;
    try {
      id = own.useForIndicator(organisation.id(), found.indicator().id(), schemeId, from);
    } catch (IllegalArgumentException e) {
      throw refused(
          "inForceFrom: "
              + found.indicator().code()
              + " has a scheme of its own from "
              + from
              + " already");
    }
    return ResponseEntity.created(
            URI.create(
                "/api/v1/organisations/"
                    + organisation.code()
                    + "/indicators/"
                    + found.indicator().code()
                    + "/schemes/"
                    + id))
        .body(new UseResource(id, request.scheme().strip(), from));
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Ends one of the indicator's own schemes",
      description = "From its day on, the indicator is rated as it was before it; 404 if none.")
  ResponseEntity<Void> end(
      @Parameter(hidden = true) Organisation organisation,
      @PathVariable("code") String code,
      @PathVariable("id") long id) {
    OrganisationIndicator found = indicators.find(organisation, code);
    if (!own.endUseForIndicator(found.indicator().id(), id)) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, found.indicator().code() + " has no scheme of its own " + id);
    }
    return ResponseEntity.noContent().build();
  }

  private static ResponseStatusException refused(String detail) {
    return new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, detail);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
