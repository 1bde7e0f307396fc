package beacon.starter.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import beacon.national.NationalData;
import beacon.national.NationalFigures;
import beacon.setup.CouncilSetUp;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A council's administrator, the day the council is set up, ticks the standard measures to start
 * from; each becomes an indicator whose page shows the council's published figures against every
 * authority, its national rank as the national data gives it; a measure it has is not offered
 * again.
 */
class StartFromTheNationalLibraryIT extends BrowserTest {

  @Autowired CouncilSetUp setUp;
  @Autowired NationalData national;
  @Autowired NationalFigures figures;

  @BeforeEach
  void theFirstStartHasLoadedTheNationalData() throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
    while (national.lastLoad().isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(200);
    }
  }

  @Test
  void theChosenMeasuresBecomeIndicatorsWithTheCouncilsOwnFiguresAndRank() {
    setUp.addAuthority("881"); // Essex
    visit("/organisations/881/settings?added");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Start your catalogue from the national library"))
        .click();

    assertThat(page.locator("h1")).hasText("Start from the national library");
    assertAccessible();
    assertThat(page.getByLabel("Social worker turnover (%)")).isChecked();
    for (String label : List.of("Social worker turnover (%)", "Agency social workers (%)")) {
      page.getByLabel(label).uncheck();
    }
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the indicators"))
        .click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("18 indicators added, with their published figures");
    assertThat(page.getByLabel("Social worker turnover (%)")).isChecked();
    assertThat(page.locator("input[value=ReReferral]")).hasCount(0);
    assertThat(page.locator("body"))
        .containsText(
            "Re-referrals to children's social care within 12 months of the previous referral"
                + " (%): already in your catalogue as CSC-REREFERRALS");
    assertAccessible();

    visit("/organisations/881/indicators/CSC-REREFERRALS");
    NationalFigures.Measure measure = figures.measure("ReReferral").orElseThrow();
    List<NationalFigures.Statistics> years = figures.everyYear(measure, "881");
    NationalFigures.Statistics newest = years.get(years.size() - 1);
    assertThat(page.locator("#national")).containsText(newest.figures().rankInWords());
    assertThat(page.locator("main"))
        .containsText("Yearly values from 2015/16 to 2024/25 (10 points); latest 15.4% in 2024/25");
    assertAccessible();
  }

  @Test
  void nothingTickedIsRefusedOnTheList() {
    setUp.addAuthority("882"); // Southend-on-Sea
    visit("/organisations/882/catalogue/starter-set");
    for (var box : page.locator("input[name=measures]").all()) {
      box.uncheck();
    }
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the indicators"))
        .click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Select at least one measure to add");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertAccessible();
  }
}
