package beacon.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main journey, as an officer makes it: from the start page to the dashboard, on to a red
 * indicator, its chart and the reason for its rating; correcting its value and seeing the rating
 * and the history change; adding commentary; then adding an indicator to the catalogue. Every page
 * on the way passes axe-core.
 */
class MainJourneyIT extends BrowserTest {

  static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;

  @Test
  void findsARedIndicatorCorrectsItAddsCommentaryAndAddsAnIndicator() {
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("ASSESS-45", "80")
            .withQuarterlyIndicator("VISITS", "80")
            .withValue("ASSESS-45", Q1, "75")
            .withValue("VISITS", Q1, "90");

    visit("/");
    link("Test council " + council.code()).click();
    assertThat(page.locator("h1")).hasText("Test council " + council.code() + ": Q1 2024/25");
    checkAccessible();

    page.locator("#count-RED a").click();
    assertThat(page.locator("#indicators tbody tr")).hasCount(1);
    checkAccessible();

    link("Indicator ASSESS-45").click();
    assertThat(page.locator("#rating-reason")).hasText("Red: 75% is below the target of 80%");
    assertThat(page.locator("svg#trend-chart path[data-rag]")).hasCount(1);
    assertThat(page.locator("#values tbody tr").first()).containsText("75%");
    assertThat(page.locator("#corrections ~ p").first())
        .hasText("No value of this indicator has been corrected.");
    checkAccessible();

    page.locator("#values tbody tr").first().getByRole(AriaRole.LINK).click();
    assertThat(page.locator("h1")).containsText("Q1 2024/25");
    page.locator("#value").fill("82");
    page.locator("#reason").fill("Late recording of 9 assessments");
    checkAccessible();
    button("Save").click();

    assertThat(page.locator(".govuk-notification-banner")).isVisible();
    assertThat(page.locator("#rating-reason")).containsText("Green");
    Locator history = page.locator("#corrections ~ table tbody tr");
    assertThat(history).hasCount(2);
    assertThat(history.first()).containsText(accounts.administrator().account().name());
    assertThat(history.first()).containsText("Late recording of 9 assessments");
    assertThat(history.nth(1)).containsText("75%");
    checkAccessible();

    page.locator("a.govuk-button", new Page.LocatorOptions().setHasText("commentary")).click();
    page.locator("#narrative").fill("All assessments of the quarter are now recorded.");
    page.locator("#actions").fill("Weekly check of assessments near the deadline");
    checkAccessible();
    button("Save").click();
    assertThat(page.locator("main"))
        .containsText("All assessments of the quarter are now recorded.");
    assertThat(page.locator("main")).containsText("Weekly check of assessments near the deadline");

    link("Catalogue").click();
    button("Add an indicator").click();
    label("Code").fill("CIN-PLANS");
    label("Title").fill("Children in need with a plan");
    label("Higher is better").check();
    label("Percentage").check();
    label("Financial quarter").check();
    checkAccessible();
    button("Save").click();
    assertThat(page.locator(".govuk-notification-banner")).isVisible();
    assertThat(page.locator("main")).containsText("Children in need with a plan");
    checkAccessible();
  }

  /** With JavaScript off the pages cannot run axe-core; the same pages are checked with it on. */
  protected void checkAccessible() {
    assertAccessible();
  }

  Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  Locator label(String text) {
    return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
  }
}
