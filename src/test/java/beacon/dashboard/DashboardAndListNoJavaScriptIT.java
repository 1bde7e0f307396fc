package beacon.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** With JavaScript off, the dashboard leads to a filtered list and on to an indicator. */
class DashboardAndListNoJavaScriptIT extends BrowserTest {

  @Override
  protected boolean javaScript() {
    return false;
  }

  @Test
  void goesFromTheDashboardToTheRedIndicatorsAndOnToOne() {
    visit("/organisations/825");
    page.selectOption("#period", "2018-19-Q2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
    assertThat(page.locator("h1")).hasText("Buckinghamshire: Q2 2018/19");

    page.locator("#count-RED a").click();
    assertThat(page.locator("#indicators tbody tr")).hasCount(8);

    page.selectOption("#theme", "Voice of the child");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
    assertThat(page.locator("#indicators tbody tr")).hasCount(1);
    assertThat(page.locator("#rag")).hasValue("RED");

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("% Children Looked After (CLA) seen in the last 6 weeks"))
        .click();
    assertThat(page).hasURL(url("/organisations/825/indicators/CSC-CLA-SEEN6?period=2018-19-Q2"));
  }

  @Test
  void sortsWithoutJavaScript() {
    visit("/organisations/825/indicators?period=2022-23-Q4");

    page.locator("#indicators thead a", new Page.LocatorOptions().setHasText("Rating")).click();

    assertThat(page.locator("#indicators th[aria-sort]")).hasAttribute("aria-sort", "ascending");
    assertThat(page.locator("#indicators tbody .beacon-rag").first()).hasText("Red");
    assertThat(page.locator("#indicators tbody .beacon-rag").last()).hasText("Green");
  }
}
