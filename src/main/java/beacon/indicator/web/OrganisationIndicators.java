package beacon.indicator.web;

import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds the indicator a page's address names in the organisation of the address. */
@Component
public class OrganisationIndicators {

  private final Indicators indicators;

  OrganisationIndicators(Indicators indicators) {
    this.indicators = indicators;
  }

  /**
   * @param organisation the organisation of the request's path, as the handler is given it
   * @throws NotFoundException when the organisation has no indicator with the code
   */
  public OrganisationIndicator find(Organisation organisation, String indicatorCode) {
    return new OrganisationIndicator(
        organisation,
        indicators
            .withCode(organisation.id(), indicatorCode)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "There is no indicator '"
                            + indicatorCode
                            + "' in "
                            + organisation.name())));
  }
}
