package beacon.indicator.web;

import beacon.indicator.Indicator;
import beacon.organisation.Organisation;
import beacon.rules.period.FinancialQuarter;
import org.springframework.web.util.UriComponentsBuilder;

/** An organisation's indicator, as the pages about it name them in their address. */
public record OrganisationIndicator(Organisation organisation, Indicator indicator) {

  /**
   * The address of the indicator page.
   *
   * @param quarter the reporting quarter to show; null for the latest
   * @param saved what was just saved ("value", "target", "commentary"); null for nothing
   */
  public String indicatorPage(FinancialQuarter quarter, String saved) {
    UriComponentsBuilder page =
        UriComponentsBuilder.fromPath("/organisations/{org}/indicators/{code}");
    if (quarter != null) {
      page.queryParam("period", quarter.code());
    }
    if (saved != null) {
      page.queryParam("saved", saved);
    }
    return page.buildAndExpand(organisation.code(), indicator.code()).encode().toUriString();
  }
}
