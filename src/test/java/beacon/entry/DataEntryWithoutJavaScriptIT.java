package beacon.entry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.value.IndicatorValues;
import beacon.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The value form works with JavaScript off: plain HTML forms posting to the server. */
class DataEntryWithoutJavaScriptIT extends BrowserTest {

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  @Override
  protected boolean javaScript() {
    return false;
  }

  @Test
  void correctsAValueWithoutJavaScript() {
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", DataEntryIT.Q1, "75");
    visit(DataEntryIT.form(council, "value?period=2024-25-Q1"));

    page.locator("#value").fill("");
    page.locator("#marker-NOT_AVAILABLE").check();
    DataEntryIT.save(page);

    assertThat(page.locator(".govuk-error-summary a[href='#reason']"))
        .hasText("Enter the reason for the correction");
    // axe-core cannot run in a page with scripts off; DataEntryIT checks this form with them on

    page.locator("#reason").fill("The team's system was down");
    DataEntryIT.save(page);

    page.waitForURL("**saved=value");
    assertThat(
            values
                .current(council.indicatorId("X1"), DataEntryIT.Q1.code())
                .orElseThrow()
                .figure()
                .marker()
                .label())
        .isEqualTo("Not available");
  }
}
