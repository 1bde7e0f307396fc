package beacon.national.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.national.NationalLinks;
import beacon.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indicator page compares a linked indicator with every authority, and an officer links one by
 * finding its national measure.
 */
class NationalPanelIT extends BrowserTest {

  @Autowired TestCouncils councils;
  @Autowired NationalLinks links;

  @Test
  void buckinghamshiresConferencesAreComparedWithEnglandTheSouthEastAndItsNeighbours() {
    visit("/organisations/825/indicators/CSC-ICPC-15?period=2022-23-Q1");

    assertThat(page.locator("#national-comparisons")).containsText("England");
    assertThat(page.locator("#national-comparisons")).containsText("79.2%");
    assertThat(page.locator("#national-comparisons")).containsText("South East");
    assertThat(page.locator("#national-comparisons")).containsText("78.6%");
    assertThat(page.locator("#national-comparisons")).containsText("82.2%");
    assertThat(page.locator("#national-comparisons"))
        .containsText("10 of 10 neighbours, DfE 2021 model");
    assertThat(page.locator("#national-comparisons")).containsText("141st of 149");
    assertThat(page.locator("#national-comparisons")).containsText("D (the worst quarter)");
    assertThat(page.locator("#national-sentence"))
        .containsText(
            "was below the England (79.2%), South East (78.6%) and statistical neighbour (82.2%)"
                + " averages, in the fourth quartile nationally (141st of 149).");
    assertThat(page.locator("#ranked-chart rect[data-authority]")).hasCount(149);
    assertThat(page.locator("#ranked-chart rect[data-quartile]")).hasCount(4);
    assertThat(page.locator("#ranked-chart-marked")).hasCount(1);
    assertAccessible();
  }

  @Test
  void anOfficerFindsTheMeasureAndLinksItAndTheBenchmarksFillThemselves() {
    TestCouncil westBerkshire = councils.anAuthority("869").withQuarterlyIndicator("ICPC", "80");
    visit("/organisations/869/indicators/ICPC?period=2022-23-Q1");
    assertThat(page.locator("#national")).containsText("not linked to a national measure");
    page.getByText("Link it to a national measure").click();

    page.getByLabel("Words of its name, code or publication").fill("conferences 15 days");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Search"))
        .click();
    page.locator("input[value=CP_conf_15days]").check();
    assertThat(links.currentOf(westBerkshire.indicatorId("ICPC"))).isEmpty();
    assertAccessible();

    page.getByText("Link and fill the benchmarks").click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The national measure was saved");
    assertThat(page.locator("#national-comparisons")).containsText("79.2%");
    assertThat(page.locator("#benchmarks-latest")).containsText("CIN Census");
    assertThat(page.locator("#benchmark-history")).isVisible();
    assertAccessible();
  }
}
