package beacon.account.web;

import beacon.account.Account;
import beacon.account.SignedIn;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisations API: the councils Beacon holds that the account belongs to. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The councils whose performance Beacon holds")
class OrganisationApiController {

  private final Organisations organisations;

  OrganisationApiController(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping
  @Operation(
      summary =
          "The councils the account belongs to, by name: every council Beacon holds for an account"
              + " of every organisation")
  List<OrganisationResource> organisations() {
    Optional<Account> account = SignedIn.account();
    return organisations.all().stream()
        .filter(o -> account.isPresent() && account.get().belongsTo(o.id()))
        .map(OrganisationResource::of)
        .toList();
  }

  @GetMapping("/{org}")
  @Operation(summary = "One council")
  @Parameter(
      name = "org",
      in = ParameterIn.PATH,
      description = "The council's DfE authority code, e.g. 825 for Buckinghamshire")
  OrganisationResource organisation(@Parameter(hidden = true) Organisation organisation) {
    return OrganisationResource.of(organisation);
  }
}
