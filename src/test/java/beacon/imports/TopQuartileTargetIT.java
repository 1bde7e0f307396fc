package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.benchmark.Comparator;
import beacon.national.NationalBenchmarks;
import beacon.national.NationalLinks;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.scorecard.BenchmarkView;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "To be in the top quartile nationally": a linked indicator holds, for every year, where the best
 * quarter of authorities begins, and a target set against it takes that figure and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TopQuartileTargetIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;
  @Autowired NationalLinks links;
  @Autowired NationalBenchmarks nationalBenchmarks;
  @Autowired FileImports imports;
  @Autowired Scorecards scorecards;
  @Autowired JdbcClient db;

  @Test
  void aTargetOfTheTopQuartileIsTheUpperQuartileOfEveryAuthoritysFigureForAMeasureAimingHigh() {
    BigDecimal upperQuartile = quartileOfEveryAuthority("CP_conf_15days", "2022", 0.75);
    TestCouncil leicestershire = linked("855", "CP_conf_15days");
    long icpc = leicestershire.indicatorId("ICPC");

    assertThat(filled(icpc, "2021-22")).isEqualByComparingTo(upperQuartile);

    ImportReport report = topQuartileTarget(leicestershire);
    assertThat(report.problems()).isEmpty();
    assertThat(report.changes())
        .extracting(ImportReport.Change::becomes)
        .containsExactly("the national top quartile for 2021/22");

    String threshold = upperQuartile.toPlainString() + "%";
    leicestershire.withValue("ICPC", Q1, upperQuartile.subtract(BigDecimal.ONE).toPlainString());
    ScorecardLine line = line(leicestershire);
    assertThat(line.target().display())
        .isEqualTo(threshold + ": the national top quartile for 2021/22");
    assertThat(line.rag()).isNotEqualTo(Rag.GREEN).isNotEqualTo(Rag.NOT_RATED);
    assertThat(line.reason()).contains("the national top quartile for 2021/22");
    assertThat(line.benchmarks())
        .as("a threshold to aim for is not listed among the averages a paper compares with")
        .extracting(BenchmarkView::comparator)
        .isNotEmpty()
        .doesNotContain(Comparator.TOP_QUARTILE);
  }

  @Test
  void forAMeasureAimingLowTheTopQuartileIsTheLowerQuartile() {
    BigDecimal lowerQuartile = quartileOfEveryAuthority("ReReferral", "2022", 0.25);
    TestCouncil council = linked("856", "ReReferral");

    assertThat(filled(council.indicatorId("ICPC"), "2021-22")).isEqualByComparingTo(lowerQuartile);
  }

  private TestCouncil linked(String authority, String measure) {
    TestCouncil council = councils.anAuthority(authority).withQuarterlyIndicator("ICPC", "80");
    long indicator = council.indicatorId("ICPC");
    links.link(indicator, measure, "A Officer", null);
    nationalBenchmarks.fill(indicator, council.code());
    return council;
  }

  private ImportReport topQuartileTarget(TestCouncil council) {
    return imports.run(
        "targets",
        council.code(),
        new RowsInMemory(
            "targets.csv",
            "indicator_code,period,target,against,against_year",
            "ICPC,2024/25,,Top quartile,2021/22"),
        false,
        "Sam Officer",
        "Cabinet: to be in the top quartile nationally");
  }

  /** The quantile of every authority's figure, worked out by the database, to one decimal. */
  private BigDecimal quartileOfEveryAuthority(String measure, String year, double fraction) {
    return db.sql(
            "select percentile_cont(?) within group (order by value) from national_value"
                + " where measure_code = ? and year = ? and area_code < '970' and value is not null")
        .params(fraction, measure, year)
        .query(BigDecimal.class)
        .single()
        .setScale(1, RoundingMode.HALF_UP);
  }

  private BigDecimal filled(long indicator, String period) {
    return db.sql(
            "select value from benchmark where indicator_id = ? and comparator = 'TOP_QUARTILE'"
                + " and period_code = ? and superseded_at is null")
        .params(indicator, period)
        .query(BigDecimal.class)
        .single();
  }

  private ScorecardLine line(TestCouncil council) {
    return scorecards.forPeriod(council.code(), Q1).indicators().get(0);
  }
}
