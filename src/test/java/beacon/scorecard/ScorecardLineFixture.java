package beacon.scorecard;

import beacon.benchmark.Comparator;
import beacon.indicator.IndicatorStatus;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.Unit;
import beacon.rules.travel.Direction;
import beacon.web.PeriodView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scorecard lines for tests of what pages do with them: {@code aLine("CSC-01").rated(Rag.RED)
 * .inPortfolio("Children").valued("83").build()}.
 */
final class ScorecardLineFixture {

  private String code;
  private String title;
  private String definition = "How it is counted";
  private String portfolio;
  private String priority;
  private String theme;
  private Rag rag = Rag.NOT_RATED;
  private ValueView value;
  private TravelView travel;
  private final List<BenchmarkView> benchmarks = new ArrayList<>();

  private ScorecardLineFixture(String code) {
    this.code = code;
    this.title = "Indicator " + code;
  }

  static ScorecardLineFixture aLine(String code) {
    return new ScorecardLineFixture(code);
  }

  ScorecardLineFixture titled(String title) {
    this.title = title;
    return this;
  }

  ScorecardLineFixture defined(String definition) {
    this.definition = definition;
    return this;
  }

  ScorecardLineFixture inPortfolio(String portfolio) {
    this.portfolio = portfolio;
    return this;
  }

  ScorecardLineFixture withPriority(String priority) {
    this.priority = priority;
    return this;
  }

  ScorecardLineFixture inTheme(String theme) {
    this.theme = theme;
    return this;
  }

  ScorecardLineFixture rated(Rag rag) {
    this.rag = rag;
    return this;
  }

  ScorecardLineFixture valued(String number) {
    BigDecimal figure = new BigDecimal(number);
    this.value =
        new ValueView(
            figure,
            number + "%",
            null,
            null,
            null,
            false,
            new PeriodView("2018-03", "Mar 2018"),
            false,
            null);
    return this;
  }

  ScorecardLineFixture moved(Direction direction) {
    this.travel =
        new TravelView(direction, direction.word(), "→", null, null, null, direction.word());
    return this;
  }

  ScorecardLineFixture benchmarked(Comparator comparator, String value, PeriodView period) {
    benchmarks.add(
        new BenchmarkView(
            comparator,
            comparator.name(),
            new BigDecimal(value),
            value + "%",
            period,
            "a source",
            null));
    return this;
  }

  ScorecardLine build() {
    return new ScorecardLine(
        code,
        title,
        definition,
        Polarity.HIGH,
        "Aim to Maximise",
        Unit.PERCENT,
        0,
        PeriodType.FINANCIAL_QUARTER,
        null,
        0,
        IndicatorStatus.ACTIVE,
        portfolio,
        null,
        priority,
        theme,
        value,
        null,
        null,
        null,
        rag,
        RatingBasis.COMPUTED,
        rag,
        rag.word(),
        travel,
        null,
        List.copyOf(benchmarks),
        null,
        null,
        null,
        List.of());
  }
}
