package beacon.club.web;

import beacon.account.Account;
import beacon.club.ClubRefusedException;
import beacon.club.Clubs;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.organisation.Organisation;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The indicator page's forms for its benchmarking clubs: share the indicator with one of the
 * organisation's clubs, or stop sharing it. Either way the page opens again at its clubs, saying
 * what was done or what was at fault.
 */
@Controller
class IndicatorClubController {

  private final OrganisationIndicators indicators;
  private final Clubs clubs;

  IndicatorClubController(OrganisationIndicators indicators, Clubs clubs) {
    this.indicators = indicators;
    this.clubs = clubs;
  }

  @PostMapping("/organisations/{org}/indicators/{code}/clubs")
  String share(
      Organisation organisation,
      @PathVariable("code") String code,
      @RequestParam(name = "club", required = false) String club,
      @RequestParam(name = "measure", required = false) String measure,
      @RequestParam(name = "period", required = false) String period,
      Account signedIn,
      RedirectAttributes redirect) {
    OrganisationIndicator found = indicators.find(organisation, code);
    Optional<Clubs.Club> chosen = clubOf(organisation, club);
    if (chosen.isEmpty()) {
      return refused(
          redirect, organisation, code, period, "club", "Choose one of your clubs", measure);
    }
    try {
      clubs.share(
          chosen.get(), organisation.id(), found.indicator().id(), measure, signedIn.name());
    } catch (ClubRefusedException e) {
      return refused(redirect, organisation, code, period, e.field(), e.getMessage(), measure);
    }
    redirect.addFlashAttribute("clubShared", chosen.get().name());
    redirect.addFlashAttribute("clubMeasure", measure.strip());
    return back(organisation, code, period);
  }

  @PostMapping("/organisations/{org}/indicators/{code}/clubs/{club}/end")
  String end(
      Organisation organisation,
      @PathVariable("code") String code,
      @PathVariable("club") String club,
      @RequestParam(name = "share", required = false) String share,
      @RequestParam(name = "period", required = false) String period,
      Account signedIn,
      RedirectAttributes redirect) {
    OrganisationIndicator found = indicators.find(organisation, code);
    Optional<Clubs.Club> chosen = clubOf(organisation, club);
    boolean current =
        chosen.isPresent()
            && clubs.sharesOf(found.indicator().id()).stream()
                .anyMatch(
                    s -> s.clubId() == chosen.get().id() && String.valueOf(s.id()).equals(share));
    if (!current) {
      return refused(
          redirect,
          organisation,
          code,
          period,
          "club",
          "The indicator's share with the club changed since the page was opened: see it as it is"
              + " now",
          null);
    }
    clubs.end(chosen.get().id(), found.indicator().id(), signedIn.name());
    redirect.addFlashAttribute("clubEnded", chosen.get().name());
    return back(organisation, code, period);
  }

  private Optional<Clubs.Club> clubOf(Organisation organisation, String club) {
    if (club == null || !club.strip().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return clubs.withId(Long.parseLong(club.strip())).filter(c -> c.hasMember(organisation.id()));
  }

  private static String refused(
      RedirectAttributes redirect,
      Organisation organisation,
      String code,
      String period,
      String field,
      String message,
      String measure) {
    redirect.addFlashAttribute("clubError", message);
    redirect.addFlashAttribute("clubErrorField", field.equals("measure") ? "measure" : "club");
    redirect.addFlashAttribute("clubMeasure", measure);
    return back(organisation, code, period);
  }

  private static String back(Organisation organisation, String code, String period) {
    UriComponentsBuilder page =
        UriComponentsBuilder.fromPath("/organisations/{org}/indicators/{code}");
    if (period != null && period.matches("[0-9A-Za-z-]{1,20}")) {
      page.queryParam("period", period);
    }
    return "redirect:"
        + page.fragment("clubs").buildAndExpand(organisation.code(), code).encode().toUriString();
  }
}
