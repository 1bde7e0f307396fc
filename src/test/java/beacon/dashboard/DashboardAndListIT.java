package beacon.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.demo.GeneratedCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard counts the demonstration councils' ratings as their papers published them, and
 * leads to the indicator list, which filters, searches, sorts and pages.
 */
class DashboardAndListIT extends BrowserTest {

  @Autowired TestCouncils councils;
  @Autowired GeneratedCouncil generatedCouncil;
  @Autowired JdbcClient db;

  @Test
  void aLargeCouncilsDashboardShowsTheFirstTwentyChangesAndLeadsToTheRest() {
    generatedCouncil.addIfMissing();

    visit("/organisations/" + GeneratedCouncil.CODE + "?period=2025-26-Q4");

    assertThat(page.locator("#worsened tbody tr")).hasCount(20);
    assertThat(page.locator("#worsened-more")).containsText("The first 20 of ");
    page.locator("#worsened-more a").click();
    assertThat(page.locator("#indicators tbody tr")).hasCount(50);
    assertThat(page.locator("#indicators th[aria-sort]")).hasAttribute("aria-sort", "ascending");
    assertAccessible();
  }

  @Test
  void aValueRecordedForAPeriodThatHasNotEndedNeverBecomesTheReportingPeriod() {
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", new FinancialQuarter(2024, 1), "75");
    db.sql(
            """
            insert into indicator_value (indicator_id, period_code, period_start, period_end, value,
                   recorded_by)
            values (:indicator, '2031-32-Q1', '2031-04-01', '2031-06-30', 85, 'an earlier Beacon')
            """)
        .param("indicator", council.indicatorId("X1"))
        .update();

    visit("/organisations/" + council.code());

    assertThat(page.locator("h1")).hasText("Test council " + council.code() + ": Q1 2024/25");
    assertThat(page.locator("main")).not().containsText("2031/32");
    visit("/organisations/" + council.code() + "/indicators/X1");
    assertThat(page.locator(".govuk-caption-l"))
        .hasText("Test council " + council.code() + ", Q1 2024/25");
    Response future = page.navigate(url("/organisations/" + council.code() + "?period=2031-32-Q1"));
    assertThat(future.status()).isEqualTo(404);
  }

  @Test
  void countsThePublishedRatingsOfQ4In2022To23() {
    visit("/organisations/825?period=2022-23-Q4");

    assertThat(page.locator("h1")).hasText("Buckinghamshire: Q4 2022/23");
    assertCounts(8, 0, 7, 0);
    assertThat(page.locator("#by-portfolio tbody tr")).hasCount(1);
    assertThat(page.locator("#by-theme tbody th")).hasText("No theme");
    assertAccessible();
  }

  @Test
  void countsThePublishedRatingsOfQ2In2018To19AndWhatChangedSinceTheQuarterBefore() {
    visit("/organisations/825?period=2018-19-Q2");

    assertCounts(8, 1, 5, 0);
    assertThat(page.locator("#changes")).hasText("What changed since Q1 2018/19");
    Locator worsened = page.locator("#worsened tbody tr");
    assertThat(worsened.filter(new Locator.FilterOptions().setHasText("CSC-ASSESS-45")))
        .hasText(java.util.regex.Pattern.compile("Amber\\s+Red"));
    assertThat(page.locator("#improved-none")).containsText("No rating improved");
    assertAccessible();
  }

  @Test
  void saysWhenThereIsNoEarlierPeriodToCompareWith() {
    visit("/organisations/825?period=2017-18-Q1");

    assertThat(page.locator("#no-earlier-period"))
        .hasText("There is no earlier reporting period to compare with.");
  }

  @Test
  void showsTheLatestPeriodAndSwitchesToAnotherChosenFromTheList() {
    visit("/organisations/825");
    assertThat(page.locator("h1")).hasText("Buckinghamshire: Q4 2022/23");

    page.selectOption("#period", "2018-19-Q2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

    assertThat(page.locator("h1")).hasText("Buckinghamshire: Q2 2018/19");
    assertThat(page).hasURL(url("/organisations/825?period=2018-19-Q2"));
  }

  @Test
  void findsExactlyTheRedIndicatorsFromTheDashboard() {
    visit("/organisations/825?period=2022-23-Q4");

    page.locator("#count-RED a").click();

    assertThat(page.locator("h1")).hasText("Indicators: Q4 2022/23");
    assertThat(page.locator("#results-count")).hasText("8 indicators");
    assertThat(page.locator("#applied-filters")).hasText("Rating: Red");
    assertThat(page.locator("#indicators tbody tr")).hasCount(8);
    assertThat(page.locator("#indicators tbody .beacon-rag")).hasText(repeated("Red", 8));
    assertAccessible();
  }

  @Test
  void findsTheIndicatorsOfAThemeAndRatingFromTheDashboard() {
    visit("/organisations/825?period=2018-19-Q2");

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("2 Red indicators in Timeliness of the journey of the child"))
        .click();

    assertThat(page.locator("#indicators tbody tr")).hasCount(2);
    assertThat(page.locator("#theme")).hasValue("Timeliness of the journey of the child");
  }

  @Test
  void showsValueTargetRatingDirectionAndLatestBenchmark() {
    visit("/organisations/825/indicators?period=2022-23-Q4&q=CSC-REREF-Q");

    Locator cells = page.locator("#indicators tbody tr td");
    assertThat(cells)
        .hasText(
            new String[] {
              "CSC-REREF-Q",
              "% of re-referrals within 12 months",
              "37% (Q4 2022/23)",
              "28%",
              "Red",
              "↓ Improved",
              "England 20% (2021/22)"
            });
    assertThat(page.locator("#indicators tbody a"))
        .hasAttribute("href", "/organisations/825/indicators/CSC-REREF-Q?period=2022-23-Q4");
  }

  @Test
  void filtersSearchesAndSorts() {
    visit("/organisations/825/indicators?period=2018-19-Q2");
    assertThat(page.locator("#results-count")).hasText("14 indicators");

    page.selectOption("#portfolio", "Education Portfolio");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
    assertThat(page.locator("#results-count")).hasText("6 indicators");

    page.fill("#q", "exclusion");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
    assertThat(page.locator("#results-count")).hasText("2 indicators");
    assertThat(page.locator("#applied-filters li"))
        .hasText(new String[] {"Portfolio: Education Portfolio", "Search: “exclusion”"});

    page.locator("#indicators thead a", new Page.LocatorOptions().setHasText("Value")).click();
    assertThat(page.locator("#indicators th[aria-sort]")).hasAttribute("aria-sort", "ascending");
    assertThat(page.locator("#indicators tbody tr td:first-child"))
        .hasText(new String[] {"EDU-EXCL-PRI", "EDU-EXCL-SEC"});

    page.locator("#indicators thead a", new Page.LocatorOptions().setHasText("Value")).click();
    assertThat(page.locator("#indicators th[aria-sort]")).hasAttribute("aria-sort", "descending");
    assertThat(page.locator("#indicators tbody tr td:first-child"))
        .hasText(new String[] {"EDU-EXCL-SEC", "EDU-EXCL-PRI"});
    assertThat(page.locator("#q")).hasValue("exclusion");
    assertAccessible();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear filters")).click();
    assertThat(page.locator("#results-count")).hasText("14 indicators");
  }

  @Test
  void filtersByDirectionOfTravel() {
    visit("/organisations/825/indicators?period=2018-19-Q2&direction=IMPROVED&sort=code");

    assertThat(page.locator("#indicators tbody tr td:first-child"))
        .hasText(
            new String[] {
              "CSC-CPP-SECOND", "EDU-EXCL-PRI", "EDU-KS1-MATH", "EDU-KS1-WRIT", "EDU-KS2-RWM"
            });
  }

  @Test
  void saysSoWhenNothingMatches() {
    visit("/organisations/825/indicators?period=2018-19-Q2&q=no+such+words&rag=PURPLE");

    assertThat(page.locator("#results-count")).hasText("No indicators");
    assertThat(page.locator("#indicators")).hasCount(0);
    assertAccessible();
  }

  @Test
  void pagesFiftyIndicatorsAtATime() {
    TestCouncil council = councils.aCouncil();
    FinancialQuarter quarter = new FinancialQuarter(2024, 1);
    for (int i = 1; i <= 55; i++) {
      String code = String.format("P%02d", i);
      council.withQuarterlyIndicator(code, "80").withValue(code, quarter, String.valueOf(i + 40));
    }

    visit("/organisations/" + council.code() + "/indicators?sort=value&order=desc");
    assertThat(page.locator("#results-count")).hasText("55 indicators");
    assertThat(page.locator("#indicators tbody tr")).hasCount(50);
    assertThat(page.locator("#indicators tbody tr td:first-child").first()).hasText("P55");
    assertAccessible();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")).click();
    assertThat(page.locator("#indicators tbody tr")).hasCount(5);
    assertThat(page.locator("#indicators tbody tr td:first-child").first()).hasText("P05");
    assertThat(page.locator(".govuk-pagination__item--current")).hasText("2");
  }

  @Test
  void tellsAnOrganisationWithNoReportsSoPlainly() {
    TestCouncil council = councils.aCouncil();

    Response response = page.navigate(url("/organisations/" + council.code()));

    assertThat(response.status()).isEqualTo(200);
    assertThat(page.locator("h1")).hasText("No reports yet");
    assertAccessible();
  }

  @Test
  void anUnknownOrganisationIsPageNotFoundNamingIt() {
    Response response = page.navigate(url("/organisations/999"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.locator("main")).containsText("999");
  }

  @Test
  void aMalformedOrUnreportedPeriodIsPageNotFound() {
    assertThat(page.navigate(url("/organisations/825/indicators?period=soon")).status())
        .isEqualTo(404);
    assertThat(page.navigate(url("/organisations/825?period=2030-31-Q1")).status()).isEqualTo(404);
    assertThat(page.locator("main")).containsText("Buckinghamshire has no report for Q1 2030/31");
  }

  private void assertCounts(int red, int amber, int green, int notRated) {
    assertThat(page.locator("#count-RED")).hasText(red + " Red");
    assertThat(page.locator("#count-AMBER")).hasText(amber + " Amber");
    assertThat(page.locator("#count-GREEN")).hasText(green + " Green");
    assertThat(page.locator("#count-NOT_RATED")).hasText(notRated + " Not rated");
  }

  private static String[] repeated(String text, int times) {
    String[] texts = new String[times];
    java.util.Arrays.fill(texts, text);
    return texts;
  }

  @Test
  void leadsToTheExceptionsPaperOfThePeriod() {
    visit("/organisations/825?period=2018-19-Q2");
    page.locator("#papers-page").click();

    assertThat(page.locator("#paper-pdf"))
        .hasAttribute(
            "href", "/api/v1/organisations/825/reports/exceptions?period=2018-19-Q2&format=pdf");
    page.locator("#paper-html").click();
    assertThat(page.locator("h1")).hasText("Performance report: Buckinghamshire, Q2 2018/19");
  }
}
