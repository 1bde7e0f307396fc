package beacon.indicator.web;

import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.organisation.UnknownOrganisationException;
import beacon.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds the organisation and indicator a page's address names. */
@Component
public class OrganisationIndicators {

  private final Organisations organisations;
  private final Indicators indicators;

  OrganisationIndicators(Organisations organisations, Indicators indicators) {
    this.organisations = organisations;
    this.indicators = indicators;
  }

  /**
   * @throws UnknownOrganisationException when there is no organisation with the code
   * @throws NotFoundException when the organisation has no indicator with the code
   */
  public OrganisationIndicator find(String organisationCode, String indicatorCode) {
    Organisation organisation =
        organisations
            .withCode(organisationCode)
            .orElseThrow(() -> new UnknownOrganisationException(organisationCode));
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
