package beacon.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Figure;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indicator page read as a councillor reads it: the published rating and why, the trend as a
 * chart and as a table, and the history of a corrected value.
 */
class IndicatorPageIT extends BrowserTest {

  private static final String ASSESSMENTS = "/organisations/825/indicators/CSC-ASSESS-45";

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;

  @Test
  void showsThePublishedAmberRatingAndItsReasonInWords() {
    visit(ASSESSMENTS + "?period=2017-18-Q4");

    assertThat(page.locator("h1"))
        .hasText("CSC-ASSESS-45: % assessments completed in 45 working days");
    assertThat(page.locator(".govuk-caption-l")).hasText("Buckinghamshire, Q4 2017/18");
    assertThat(page.locator("#rating ~ p .beacon-rag").first()).hasText("Amber");
    assertThat(page.locator("#rating-reason"))
        .hasText(
            "Amber: 83% is below the green threshold of 86% (100% target with 14% tolerance) but"
                + " within 10% of it; Red below 77.4%");
    assertThat(page.getByText("83% for Mar 2018")).isVisible();
    assertThat(page.getByText("Improved from 69% in Dec 2017 (up 14 percentage points)"))
        .isVisible();
    assertThat(page.locator(".govuk-back-link"))
        .hasAttribute("href", "/organisations/825/indicators?period=2017-18-Q4");
    assertAccessible();
  }

  @Test
  void switchesToAnotherReportingPeriodWithoutLeavingThePage() {
    visit(ASSESSMENTS + "?period=2017-18-Q4");

    page.selectOption("#period", "2018-19-Q2");
    page.locator("form[method=get] button").click();

    assertThat(page.locator(".govuk-caption-l")).hasText("Buckinghamshire, Q2 2018/19");
    assertThat(page.locator("#rating")).hasText("Rating for Q2 2018/19");
    assertThat(page.locator("#rating ~ p .beacon-rag").first()).hasText("Red");
    assertAccessible();
  }

  @Test
  void chartsOnePointPerValueWithTheSameDataInATable() {
    visit(ASSESSMENTS + "?period=2017-18-Q4");

    Locator chart = page.locator("svg#trend-chart");
    assertThat(chart).hasAttribute("role", "img");
    assertThat(page.locator("#trend-chart-desc"))
        .hasText(
            "Monthly values from Mar 2017 to Sep 2018 (6 points); latest 51% in Sep 2018, Red."
                + " The dashed line is the target.");
    Locator rows = page.locator("#values tbody tr");
    assertThat(chart.locator("path[data-rag]")).hasCount(6);
    assertThat(rows).hasCount(6);
    assertThat(page.locator("#values caption")).hasText("Values for CSC-ASSESS-45");
    Locator march = rows.filter(new Locator.FilterOptions().setHasText("Mar 2018"));
    assertThat(march).containsText("83%");
    assertThat(march).containsText("100% (14% tolerance)");
    assertThat(march.locator(".beacon-rag")).hasText("Amber");
    assertThat(chart.locator("path[data-period='Mar 2018']")).hasAttribute("data-rag", "AMBER");
    assertThat(march.getByRole(com.microsoft.playwright.options.AriaRole.LINK))
        .hasAttribute("href", ASSESSMENTS + "/value?period=2018-03");
  }

  @Test
  void aMonthlyIndicatorWithBenchmarksAndCommentaryIsAccessible() {
    visit("/organisations/825/indicators/CSC-REPEAT-REF?period=2017-18-Q4");

    assertThat(page.locator("#rating-reason")).containsText("Red: 36% is above the target of 20%");
    assertThat(page.locator("#values tbody tr")).hasCount(7);
    assertThat(page.getByText("Lower is better")).isVisible();
    assertThat(page.locator("#benchmarks ~ table").first()).containsText("Statistical Neighbours");
    assertThat(page.locator("#commentary ~ p").first()).containsText("At the end of Quarter 4");
    assertThat(
            page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Edit commentary")))
        .hasAttribute(
            "href", "/organisations/825/indicators/CSC-REPEAT-REF/commentary?period=2017-18-Q4");
    assertAccessible();
  }

  @Test
  void anIndicatorNotReportedInThePeriodShowsItsValuesWithoutARating() {
    visit("/organisations/825/indicators/CSC-ASSESS-45-Q?period=2017-18-Q4");

    assertThat(page.locator("#rating ~ p").first()).containsText("is not reported in Q4 2017/18");
    assertThat(page.locator("svg#trend-chart path[data-rag]")).hasCount(12);
    assertAccessible();
  }

  @Test
  void opensForAPeriodTheCouncilDoesNotReportTheFirstTimeItIsAsked() {
    Response response =
        page.navigate(url("/organisations/825/indicators/CSC-CLA-RESI?period=2015-16-Q2"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(page.locator(".govuk-caption-l")).hasText("Buckinghamshire, Q2 2015/16");
    assertThat(page.locator("#rating ~ p").first())
        .containsText("CSC-CLA-RESI is not reported in Q2 2015/16");
    assertAccessible();
  }

  @Test
  void anUnknownIndicatorIsPageNotFoundNamingItAndTheCouncil() {
    Response response = page.navigate(url("/organisations/825/indicators/NO-SUCH-PI"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("main"))
        .containsText("There is no indicator 'NO-SUCH-PI' in Buckinghamshire");
  }

  @Test
  void showsBothVersionsOfACorrectedValueWithWhoAndWhy() {
    FinancialQuarter quarter = new FinancialQuarter(2024, 1);
    TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("CORR 1.2", "80")
            .withValue("CORR 1.2", quarter, "75");
    values.record(
        new NewValue(
            council.indicatorId("CORR 1.2"),
            quarter,
            Figure.of("78"),
            null,
            null,
            false,
            null,
            null),
        "CORR 1.2",
        "Dana Analyst",
        "The April return was counted twice");

    visit("/organisations/" + council.code() + "/indicators/CORR 1.2?saved=value");

    assertThat(page.locator(".govuk-notification-banner")).containsText("The value was saved");
    Locator history = page.locator("#corrections ~ table tbody tr");
    assertThat(history).hasCount(2);
    assertThat(history.nth(0)).containsText("78%");
    assertThat(history.nth(0)).containsText("Dana Analyst");
    assertThat(history.nth(0)).containsText("The April return was counted twice");
    assertThat(history.nth(0)).containsText("Current");
    assertThat(history.nth(1)).containsText("75%");
    assertThat(history.nth(1)).containsText("test");
    assertThat(history.nth(1)).containsText("Superseded");
    assertThat(history.nth(0).locator("td").nth(2))
        .hasText(java.util.regex.Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}"));
    assertThat(page.locator("#values tbody tr")).hasCount(1);
    assertThat(page.locator("#rating-reason")).hasText("Red: 78% is below the target of 80%");
    assertAccessible();
  }

  @Test
  void tenYearsOfMonthlyValuesStayReadable() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("LONG-1", "80");
    long indicator = council.indicatorId("LONG-1");
    for (int i = 0; i < 120; i++) {
      beacon.rules.period.Month month = beacon.rules.period.Month.of(2020 + i / 12, 1 + i % 12);
      values.record(
          new NewValue(
              indicator,
              month,
              Figure.of(String.valueOf(60 + (i * 7) % 35)),
              null,
              null,
              false,
              null,
              null),
          "LONG-1",
          "test",
          null);
    }
    String path = "/organisations/" + council.code() + "/indicators/LONG-1";

    visit(path);

    assertThat(page.locator("svg#trend-chart path[data-rag]")).hasCount(120);
    assertThat(page.locator("svg#trend-chart text[text-anchor='middle']")).hasCount(10);
    assertThat(page.locator("#values tbody tr")).hasCount(120);
    assertAccessible();
  }
}
