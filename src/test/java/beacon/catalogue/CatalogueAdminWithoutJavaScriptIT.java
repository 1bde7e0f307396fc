package beacon.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import beacon.TestCouncils;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue forms are plain HTML forms: they work with JavaScript off. */
class CatalogueAdminWithoutJavaScriptIT extends BrowserTest {

  @Autowired TestCouncils councils;

  @Override
  protected boolean javaScript() {
    return false;
  }

  @Test
  void createsAnIndicatorWithoutJavaScript() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    visit("/organisations/" + council.code() + "/catalogue/indicators/new");
    Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
    page.getByLabel("Code", exact).fill("NOJS");
    page.getByLabel("Title", exact).fill("Made without scripts");
    page.getByLabel("Lower is better", exact).check();
    page.getByLabel("Days", exact).check();
    page.getByLabel("Month", exact).check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

    assertThat(page.locator(".govuk-notification-banner")).containsText("Indicator NOJS saved");
    assertThat(page.locator("table").first()).containsText("Made without scripts");
    // axe-core runs as a script, so accessibility is checked in CatalogueAdminIT
  }

  @Test
  void thePreviewAnswerLandsOnThePreviewWithoutJavaScript() {
    visit("/organisations/825/catalogue/schemes/new");
    Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
    page.getByLabel("Name", exact).fill("Preview only");
    page.getByLabel("Two states").check();
    page.getByLabel("Day", exact).fill("2");
    page.getByLabel("Month", exact).fill("4");
    page.getByLabel("Year", exact).fill("2030");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview ratings")).click();

    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#preview$"));
    assertThat(page.locator("#preview")).isInViewport();
    assertThat(page.locator("#preview-summary")).containsText("Nothing has been saved");
  }
}
