package beacon.setup.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts;
import beacon.TestApi;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A council names its own word for a value it does not rate, as Havering's 2024/25 report prints
 * "Blue" for an indicator with no target: its administrator sets it in the council's settings, and
 * every page and paper of the council then shows it, in the colour chosen; Red, Amber and Green
 * keep their names.
 */
class TheCouncilsWordForNotRatedIT extends BrowserTest {

  private static final FinancialQuarter Q2_2024_25 = new FinancialQuarter(2024, 2);

  @Autowired TestCouncils councils;

  @Test
  void aValueNotRatedIsShownInTheCouncilsWordOnItsPagesAndPapers() throws Exception {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("SEEN", "80")
            .withValue("SEEN", Q2_2024_25, "75")
            .withQuarterlyIndicator("VISITS", "90");
    TestAccounts.TestAccount admin = accounts.administratorOf(council.code());
    signIn(admin);
    String org = "/organisations/" + council.code();

    visit(org + "/settings");
    page.getByLabel("Word for a value not rated (optional)").fill("Blue");
    page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Blue").setExact(true))
        .check();
    assertAccessible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings"))
        .click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The settings have been saved");

    visit(org + "/indicators?period=" + Q2_2024_25.code());
    Locator ratings = page.locator("#indicators tbody .beacon-rag");
    assertThat(ratings).hasText(new String[] {"Red", "Blue"});
    assertThat(ratings.last()).hasClass(java.util.regex.Pattern.compile("govuk-tag--blue"));
    assertThat(page.locator("#rag option")).containsText(new String[] {"Blue"});
    assertAccessible();

    visit(org + "/indicators?period=" + Q2_2024_25.code() + "&rag=NOT_RATED");
    assertThat(page.locator("#applied-filters")).hasText("Rating: Blue");
    assertThat(ratings).hasText(new String[] {"Blue"});

    visit(org + "/indicators/VISITS?period=" + Q2_2024_25.code());
    assertThat(page.locator("#rating-reason")).hasText(java.util.regex.Pattern.compile("^Blue"));
    assertAccessible();

    String csv = paper(admin, council, "scorecard", "csv");
    assertThat(csv).contains(",Blue,").contains(",Red,").doesNotContain("Not rated");
    String html = paper(admin, council, "indicator-blocks", "html");
    assertThat(html).contains("BLUE").contains("rag rag-BLUE");
  }

  @Test
  void aValueNotRatedCannotBeCalledByARatingsName() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    signIn(accounts.administratorOf(council.code()));

    visit("/organisations/" + council.code() + "/settings");
    page.getByLabel("Word for a value not rated (optional)").fill("Green");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings"))
        .click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("A value not rated cannot be called Green: that is a rating");
    assertThat(page.locator("#notRatedWord-error")).containsText("Green");
    assertThat(page.getByLabel("Word for a value not rated (optional)")).hasValue("Green");
    assertAccessible();
  }

  private String paper(
      TestAccounts.TestAccount as, TestCouncils.TestCouncil council, String layout, String format)
      throws Exception {
    HttpResponse<String> answer =
        TestApi.send(
            port,
            as,
            "GET",
            "/api/v1/organisations/"
                + council.code()
                + "/reports/"
                + layout
                + "?period="
                + Q2_2024_25.code()
                + "&format="
                + format,
            null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }
}
