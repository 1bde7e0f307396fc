package beacon.entry;

import static beacon.entry.DataEntryIT.form;
import static beacon.entry.DataEntryIT.save;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.rating.Rag;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.targets.IndicatorTarget;
import beacon.targets.Targets;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A target set as councils write them, against a benchmark ("at least the statistical neighbour
 * average"): chosen on the target form, its figure read from the indicator's benchmark of that
 * year, said as such wherever the target shows, rated against, and moved when the benchmark is
 * corrected.
 */
class TargetSetAgainstABenchmarkIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final Pattern SAVED = Pattern.compile(".*/indicators/X1\\?.*saved=target.*");

  @Autowired TestCouncils councils;
  @Autowired Targets targets;
  @Autowired Benchmarks benchmarks;
  @Autowired Scorecards scorecards;

  @Test
  void aTargetSetAgainstTheStatisticalNeighbourAverageIsRatedAgainstItsFigure() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    long indicator = council.indicatorId("X1");
    neighbours(indicator, "72.4");
    assertThat(line(council).rag()).isEqualTo(Rag.RED);

    visit(form(council, "target?period=2024-25"));
    assertThat(page.locator("#target")).hasValue("80");
    page.locator("#target").fill("");
    page.locator("#against").selectOption("STATISTICAL_NEIGHBOURS");
    page.locator("#againstYear").fill("2023/24");
    page.locator("#reason").fill("Cabinet asked for at least the statistical neighbour average");
    assertAccessible();
    save(page);

    page.waitForURL(SAVED);
    IndicatorTarget set = targets.current(indicator, "2024-25").orElseThrow();
    assertThat(set.display(beacon.rules.rating.Unit.PERCENT))
        .isEqualTo("72.4%: the statistical neighbour average for 2023/24");
    assertThat(targets.history(indicator, "2024-25")).hasSize(2);
    ScorecardLine rated = line(council);
    assertThat(rated.rag()).isEqualTo(Rag.GREEN);
    assertThat(rated.target().display())
        .isEqualTo("72.4%: the statistical neighbour average for 2023/24");
    assertThat(rated.reason()).contains("the statistical neighbour average for 2023/24");
    assertThat(page.locator("main"))
        .containsText("72.4%: the statistical neighbour average for 2023/24");

    benchmarks.supersede(
        indicator, Comparator.STATISTICAL_NEIGHBOURS, "Statistical neighbours", "2023-24");
    neighbours(indicator, "76.1");
    assertThat(line(council).rag())
        .as("the corrected benchmark moves the target")
        .isEqualTo(Rag.RED);
    assertThat(line(council).target().display())
        .isEqualTo("76.1%: the statistical neighbour average for 2023/24");

    visit(form(council, "target?period=2024-25"));
    assertThat(page.locator("#against")).hasValue("STATISTICAL_NEIGHBOURS");
    assertThat(page.locator("#againstYear")).hasValue("2023/24");
    assertThat(page.locator("#target")).hasValue("");
  }

  @Test
  void aFigureAndABenchmarkTogetherAreRefusedAndNothingIsWritten() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");

    visit(form(council, "target?period=2024-25"));
    page.locator("#against").selectOption("ENGLAND");
    page.locator("#offset").fill("two");
    page.locator("#reason").fill("Set to the national average");
    save(page);

    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary)
        .containsText("Enter a target figure or choose a benchmark to set it against, not both");
    assertThat(summary)
        .containsText("Enter how far above or below the benchmark as a number, like 2 or -1.5");
    assertAccessible();
    assertThat(targets.history(council.indicatorId("X1"), "2024-25")).hasSize(1);
  }

  @Test
  void aBenchmarkNotYetHeldIsSaidOnTheFormAndTheTargetIsNotRatedAgainst() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");

    visit(form(council, "target?period=2024-25"));
    page.locator("#target").fill("");
    page.locator("#against").selectOption("ENGLAND");
    page.locator("#reason").fill("Set to the national average");
    save(page);
    page.waitForURL(SAVED);

    ScorecardLine line = line(council);
    assertThat(line.rag()).isEqualTo(Rag.NOT_RATED);
    assertThat(line.reason())
        .contains(
            "the target for 2024/25 is the England average for 2024/25, which is not yet in"
                + " Beacon");
    assertThat(line.target()).isNull();
    visit(form(council, "target?period=2024-25"));
    assertThat(page.locator(".govuk-inset-text"))
        .containsText("the England average for 2024/25 (not yet in Beacon)");
  }

  private void neighbours(long indicator, String figure) {
    benchmarks.add(
        new Benchmark(
            indicator,
            null,
            Comparator.STATISTICAL_NEIGHBOURS,
            "Statistical neighbours",
            new FinancialYear(2023),
            new BigDecimal(figure),
            "DfE, CIN Census 2023/24"),
        "test");
  }

  private ScorecardLine line(TestCouncil council) {
    List<ScorecardLine> lines = scorecards.forPeriod(council.code(), Q1).indicators();
    return lines.get(0);
  }
}
