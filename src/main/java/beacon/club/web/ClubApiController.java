package beacon.club.web;

import beacon.account.Account;
import beacon.club.ClubComparisons;
import beacon.club.ClubComparisons.ClubComparison;
import beacon.club.ClubRefusedException;
import beacon.club.Clubs;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rules.period.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Benchmarking clubs by API: a hub administrator sets one up with its members; a member's
 * performance officer shares an indicator with it under the club's name for the measure, and reads
 * the indicator compared with every member sharing the same measure.
 */
@RestController
@Tag(
    name = "Benchmarking clubs",
    description = "Councils that agree to compare local indicators, as LG Inform's clubs do")
class ClubApiController {

  record NewClub(String name, List<String> members) {}

  record MemberResource(String code, String name) {}

  record ClubResource(long id, String name, long version, List<MemberResource> members) {

    static ClubResource of(Clubs.Club club) {
      return new ClubResource(
          club.id(),
          club.name(),
          club.version(),
          club.members().stream().map(m -> new MemberResource(m.code(), m.name())).toList());
    }
  }

  record NewMembers(Long version, List<String> members) {}

  record NewShare(String measure) {}

  record ShareResource(long club, String clubName, String measure, String sharedBy) {}

  record StandingResource(String code, String name, BigDecimal value, Integer rank) {}

  record ComparisonResource(
      long club,
      String clubName,
      String measure,
      String period,
      BigDecimal mean,
      int withFigure,
      Integer rank,
      List<StandingResource> members) {

    static ComparisonResource of(ClubComparison c) {
      return new ComparisonResource(
          c.share().clubId(),
          c.share().clubName(),
          c.share().measure(),
          c.periodCode(),
          c.standing().mean(),
          c.standing().withFigure(),
          c.own().rank(),
          c.standing().members().stream()
              .map(m -> new StandingResource(m.code(), m.name(), m.value(), m.rank()))
              .toList());
    }
  }

  private final Clubs clubs;
  private final ClubComparisons comparisons;
  private final Organisations organisations;
  private final OrganisationIndicators indicators;

  ClubApiController(
      Clubs clubs,
      ClubComparisons comparisons,
      Organisations organisations,
      OrganisationIndicators indicators) {
    this.clubs = clubs;
    this.comparisons = comparisons;
    this.organisations = organisations;
    this.indicators = indicators;
  }

  @GetMapping("/api/v1/clubs")
  @Operation(summary = "Every benchmarking club, with its members")
  List<ClubResource> all() {
    return clubs.all().stream().map(ClubResource::of).toList();
  }

  @PostMapping("/api/v1/clubs")
  @Operation(
      summary = "Sets up a benchmarking club with its members",
      description =
          "{\"name\": \"South East children's services club\", \"members\": [\"825\", \"872\"]}:"
              + " members by their codes, at least two. 422 naming the field at fault; nothing"
              + " is written.")
  ResponseEntity<ClubResource> create(
      @RequestBody(required = false) NewClub request, @Parameter(hidden = true) Account signedIn) {
    if (request == null) {
      throw refused("Send the club: name, and members by their codes");
    }
    List<Organisation> members = councils(request.members());
    long id;
    try {
      id = clubs.create(request.name(), members, signedIn.name());
    } catch (ClubRefusedException e) {
      throw refused(e.field() + ": " + e.getMessage());
    }
    return ResponseEntity.created(URI.create("/api/v1/clubs/" + id))
        .body(ClubResource.of(clubs.withId(id).orElseThrow()));
  }

  @GetMapping("/api/v1/clubs/{club}")
  @Operation(summary = "A benchmarking club, with its members and their version")
  ClubResource club(@PathVariable("club") long clubId) {
    return ClubResource.of(ClubById.of(clubs, clubId));
  }

  @PutMapping("/api/v1/clubs/{club}/members")
  @Operation(
      summary = "Changes a club's members",
      description =
          "{\"version\": 1, \"members\": [\"825\", \"872\", \"868\"]}: every member by its"
              + " code, at least two, at the version read from the club. Councils not members"
              + " before join; members left out leave, and their shares with the club end; both"
              + " are kept with who and when. 409 when the members were changed since that"
              + " version; 422 naming the field at fault. Nothing is written unless all is.")
  ClubResource changeMembers(
      @PathVariable("club") long clubId,
      @RequestBody(required = false) NewMembers request,
      @Parameter(hidden = true) Account signedIn) {
    Clubs.Club club = ClubById.of(clubs, clubId);
    if (request == null || request.version() == null) {
      throw refused("version: Send the version read from the club, and members by their codes");
    }
    List<Organisation> members = councils(request.members());
    try {
      return ClubResource.of(
          clubs.changeMembers(club, request.version(), members, signedIn.name()));
    } catch (ClubRefusedException e) {
      if (e.field().equals("version")) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
      }
      throw refused(e.field() + ": " + e.getMessage());
    }
  }

  private List<Organisation> councils(List<String> codes) {
    List<Organisation> members = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      members.add(
          organisations
              .withCode(code == null ? "" : code.strip())
              .orElseThrow(
                  () -> refused("members: Beacon holds no council with the code " + code)));
    }
    return members;
  }

  @GetMapping("/api/v1/organisations/{org}/clubs")
  @Operation(summary = "The benchmarking clubs the organisation is a member of")
  List<ClubResource> ofOrganisation(@Parameter(hidden = true) Organisation organisation) {
    return clubs.of(organisation.id()).stream().map(ClubResource::of).toList();
  }

  @GetMapping("/api/v1/organisations/{org}/indicators/{code}/clubs")
  @Operation(
      summary = "The indicator compared in each club it is shared with",
      description =
          "For a period (its code, such as 2024-25-Q1): every member sharing the same measure"
              + " with its figure for that period, best first, the club's mean of the members"
              + " with a figure, and each one's rank (1 best by the indicator's polarity, ties"
              + " sharing the best rank).")
  List<ComparisonResource> compared(
      @Parameter(hidden = true) Organisation organisation,
      @PathVariable("code") String code,
      @Parameter(description = "The period's code, such as 2024-25-Q1") @RequestParam("period")
          Period period) {
    OrganisationIndicator found = indicators.find(organisation, code);
    return comparisons
        .of(
            found.indicator().id(),
            organisation.code(),
            found.indicator().polarity(),
            period.code())
        .stream()
        .map(ComparisonResource::of)
        .toList();
  }

  @PutMapping("/api/v1/organisations/{org}/indicators/{code}/clubs/{club}")
  @Operation(
      summary = "Shares the indicator with a club the organisation is a member of",
      description =
          "{\"measure\": \"Children missing from care, per 10,000\"}: the club's name for the"
              + " measure; members sharing the same name are compared. Sharing again under"
              + " another name ends the first share and keeps it.")
  ShareResource share(
      @Parameter(hidden = true) Organisation organisation,
      @PathVariable("code") String code,
      @PathVariable("club") long clubId,
      @RequestBody(required = false) NewShare request,
      @Parameter(hidden = true) Account signedIn) {
    OrganisationIndicator found = indicators.find(organisation, code);
    Clubs.Club club = clubOf(organisation, clubId);
    Clubs.Share shared;
    try {
      shared =
          clubs.share(
              club,
              organisation.id(),
              found.indicator().id(),
              request == null ? null : request.measure(),
              signedIn.name());
    } catch (ClubRefusedException e) {
      throw refused(e.field() + ": " + e.getMessage());
    }
    return new ShareResource(
        shared.clubId(), shared.clubName(), shared.measure(), shared.sharedBy());
  }

  @DeleteMapping("/api/v1/organisations/{org}/indicators/{code}/clubs/{club}")
  @Operation(summary = "Ends the indicator's share with the club, keeping it")
  ResponseEntity<Void> end(
      @Parameter(hidden = true) Organisation organisation,
      @PathVariable("code") String code,
      @PathVariable("club") long clubId,
      @Parameter(hidden = true) Account signedIn) {
    OrganisationIndicator found = indicators.find(organisation, code);
    Clubs.Club club = clubOf(organisation, clubId);
    if (!clubs.end(club.id(), found.indicator().id(), signedIn.name())) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, code + " is not shared with " + club.name());
    }
    return ResponseEntity.noContent().build();
  }

  /** A club of the organisation's; to anyone else's council, no such club. */
  private Clubs.Club clubOf(Organisation organisation, long clubId) {
    return clubs
        .withId(clubId)
        .filter(c -> c.hasMember(organisation.id()))
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    organisation.name() + " is a member of no club with the id " + clubId));
  }

  private static ResponseStatusException refused(String detail) {
    return new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, detail);
  }
}
