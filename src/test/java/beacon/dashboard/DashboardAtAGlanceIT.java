package beacon.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard draws each indicator small beside the counts, its latest values against the target
 * and the national top quartile, with the picture said in words and its figures in a table.
 */
class DashboardAtAGlanceIT extends BrowserTest {

  @Autowired TestCouncils councils;
  @Autowired Benchmarks benchmarks;
  @Autowired Scorecards scorecards;

  @Test
  void eachIndicatorIsDrawnAgainstItsTargetAndTheTopQuartileWithItsFiguresInWordsAndATable() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    String[] figures = {"60", "70", "75", "82", "85"};
    FinancialQuarter quarter = new FinancialQuarter(2023, 1);
    for (String figure : figures) {
      council.withValue("X1", quarter, figure);
      quarter = quarter.next();
    }
    benchmarks.add(
        new Benchmark(
            council.indicatorId("X1"),
            null,
            Comparator.TOP_QUARTILE,
            Benchmark.TOP_QUARTILE,
            new FinancialYear(2022),
            new BigDecimal("88"),
            "CIN Census 2022/23"),
        "test");

    visit("/organisations/" + council.code());

    Locator card = page.locator("#glance li");
    assertThat(card).hasCount(1);
    assertThat(card.locator("h3 a")).hasText("Indicator X1");
    assertThat(card.locator("svg desc"))
        .hasText(
            "Quarterly values from Q1 2023/24 to Q1 2024/25; latest 85%, Green. The dashed line is"
                + " the target, 80% in Q1 2024/25. The shaded band is the national top quartile,"
                + " from 88% (2022/23).");
    assertThat(card.locator("svg path[data-rag]")).hasCount(5);
    assertThat(card.locator("svg path[data-rag]").last()).hasAttribute("data-rag", "GREEN");
    assertThat(card.locator("svg .beacon-glance__band")).hasCount(1);
    assertThat(card.locator("svg .beacon-chart__target")).hasCount(1);
    assertThat(card).containsText("Latest: 85% in Q1 2024/25");
    card.locator("summary").click();
    assertThat(card.locator("tbody tr")).hasCount(5);
    assertThat(card.locator("tbody tr").first()).containsText("Q1 2023/24");
    assertThat(card.locator("tbody tr").last()).containsText("85%");
    assertThat(card.locator("tbody tr").last()).containsText("80%");
    assertAccessible();
  }

  @Test
  void aCouncilsIndicatorsAreDrawnTwelveToAPageInTheScorecardsOrder() {
    FinancialQuarter q4 = new FinancialQuarter(2022, 4);
    List<ScorecardLine> lines = scorecards.forPeriod("825", q4).indicators();

    visit("/organisations/825?period=2022-23-Q4");

    Locator cards = page.locator("#glance li");
    assertThat(cards).hasCount(12);
    assertThat(cards.first().locator("h3 a")).hasText(lines.get(0).title());
    assertThat(page.locator("#at-a-glance + p")).containsText("Indicators 1 to 12 of 15.");
    assertAccessible();

    page.locator(".govuk-pagination__next a").first().click();

    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*glance=2.*#at-a-glance"));
    assertThat(cards).hasCount(lines.size() - 12);
    assertThat(cards.first().locator("h3 a")).hasText(lines.get(12).title());
    assertThat(page.locator("h1")).hasText("Buckinghamshire: Q4 2022/23");
  }
}
