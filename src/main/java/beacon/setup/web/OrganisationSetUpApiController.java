package beacon.setup.web;

import beacon.organisation.Organisation;
import beacon.organisation.OrganisationSettings;
import beacon.setup.CouncilSetUp;
import beacon.setup.SetUpRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Setting up councils by the API: {@code POST} an authority's code (or another organisation's own
 * code, name and region), then read and change its names at their version.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationSetUpApiController {

  /**
   * A council to set up: an authority by its {@code code} alone; another organisation with {@code
   * kind} OTHER, its own code, its name and its region.
   */
  record NewOrganisation(String code, String kind, String name, String region) {}

  /** A council's names, changed at the version read. */
  record Names(
      Long version, String name, String shortName, String notRatedWord, String notRatedColour) {}

  /** A council as it was set up. */
  record SettingsResource(
      String code,
      String name,
      String shortName,
      String onsCode,
      String kind,
      String region,
      String notRatedWord,
      String notRatedColour,
      long version) {

    static SettingsResource of(OrganisationSettings s) {
      return new SettingsResource(
          s.code(),
          s.name(),
          s.shortName(),
          s.onsCode(),
          s.kind().name(),
          s.region(),
          s.ragWords().notRated(),
          s.ragWords().notRatedColour().name(),
          s.version());
    }
  }

  private final CouncilSetUp setUp;

  OrganisationSetUpApiController(CouncilSetUp setUp) {
    this.setUp = setUp;
  }

  @PostMapping
  @Operation(
      summary = "Sets up a council: an English authority by its code, or another organisation",
      description =
          "{\"code\": \"311\"} sets up Havering from the DfE's list of authorities, with its"
              + " name, region and ONS code; its national figures and statistical neighbours are"
              + " known by the same code. {\"code\": \"SCT\", \"kind\": \"OTHER\", \"name\":"
              + " \"Sandwell Children's Trust\", \"region\": \"West Midlands\"} sets up an"
              + " organisation that is not an authority. Answers 201 with the council's address;"
              + " 422 saying which field and why when it cannot be set up. Only an administrator"
              + " of every organisation may.")
  ResponseEntity<SettingsResource> add(@RequestBody(required = false) NewOrganisation request) {
    if (request == null) {
      throw problem(
          HttpStatus.BAD_REQUEST, "Send the council to set up, such as {\"code\": \"311\"}");
    }
    OrganisationSettings added;
    try {
      added =
          "OTHER".equalsIgnoreCase(request.kind() == null ? "" : request.kind().strip())
              ? setUp.addOther(request.code(), request.name(), request.region())
              : authority(request);
    } catch (SetUpRefusedException e) {
      throw refused(e);
    }
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + added.code()))
        .body(SettingsResource.of(added));
  }

  @GetMapping("/{org}/settings")
  @Operation(summary = "A council as it was set up, with the version to change its names at")
  SettingsResource settings(@Parameter(hidden = true) Organisation organisation) {
    return SettingsResource.of(setUp.settingsOf(organisation.code()));
  }

  @PutMapping("/{org}/settings")
  @Operation(
      summary =
          "Changes a council's name and short name, and its own word for a value it does not rate",
      description =
          "Send the version read from its settings; 409 when another change was saved since. The"
              + " settings are replaced: no shortName means none, no notRatedWord means \"Not"
              + " rated\" (Havering prints \"Blue\"); notRatedColour is GREY, BLUE, LIGHT_BLUE,"
              + " PURPLE, PINK or TURQUOISE.")
  SettingsResource rename(
      @Parameter(hidden = true) Organisation organisation,
      @RequestBody(required = false) Names request) {
    if (request == null || request.version() == null) {
      throw problem(
          HttpStatus.BAD_REQUEST,
          "version: send the version read from the council's settings, with name and shortName");
    }
    try {
      return SettingsResource.of(
          setUp.rename(
              organisation.code(),
              request.version(),
              request.name(),
              request.shortName(),
              request.notRatedWord(),
              request.notRatedColour()));
    } catch (SetUpRefusedException e) {
      throw refused(e);
    }
  }

  private OrganisationSettings authority(NewOrganisation request) {
    if (request.kind() != null
        && !request.kind().isBlank()
        && !"AUTHORITY".equalsIgnoreCase(request.kind().strip())) {
      throw new SetUpRefusedException(
          "kind", "kind is AUTHORITY (an English local authority) or OTHER, not " + request.kind());
    }
    return setUp.addAuthority(request.code());
  }

  private static ResponseStatusException refused(SetUpRefusedException e) {
    HttpStatus status =
        e.field().equals("version") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    return problem(status, e.field() + ": " + e.getMessage());
  }

  private static ResponseStatusException problem(HttpStatus status, String detail) {
    return new ResponseStatusException(status, detail);
  }
}
