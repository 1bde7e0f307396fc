package beacon.round.web;

import beacon.organisation.Organisation;
import beacon.round.CollectionRound;
import beacon.round.CollectionRounds;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.web.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finds the round a round page's address names in its organisation, and the day it is in England.
 */
@Component
class RoundPages {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final CollectionRounds rounds;

  RoundPages(CollectionRounds rounds) {
    this.rounds = rounds;
  }

  /**
   * @throws NotFoundException when the period is not a quarter or has no round
   */
  CollectionRound round(Organisation organisation, Period period) {
    if (!(period instanceof FinancialQuarter quarter)) {
      throw new NotFoundException(
          "Collection rounds are for a reporting quarter, like 2022-23-Q4, not '"
              + period.code()
              + "'");
    }
    return rounds
        .find(organisation.id(), quarter)
        .orElseThrow(
            () ->
                new NotFoundException(
                    organisation.name() + " has no collection round for " + quarter.label()));
  }

  /** Today, in England. */
  static LocalDate today() {
    return LocalDate.now(ENGLAND);
  }

  /** The address of a round's overview, saying what was just done. */
  static String overview(
      Organisation organisation, FinancialQuarter quarter, String saved, String indicator) {
    UriComponentsBuilder page =
        UriComponentsBuilder.fromPath("/organisations/{org}/rounds/{period}");
    if (saved != null) {
      page.queryParam("saved", saved);
    }
    if (indicator != null) {
      page.queryParam("indicator", indicator);
    }
    return page.buildAndExpand(organisation.code(), quarter.code()).encode().toUriString();
  }
}
