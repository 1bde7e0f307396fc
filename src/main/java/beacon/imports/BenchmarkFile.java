package beacon.imports;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.imports.file.ExpectedColumns;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A benchmarks file: {@code indicator_code, comparator, period, value} and optionally {@code
 * source, published} (the day the figure came out: a scorecard shows it from then on), a row per
 * indicator, comparator and period, the comparator as councils write it ("England", "South East" or
 * "region", "Statistical Neighbours" or "SN", "CIPFA neighbours"). The figures are national data,
 * given for no one report: each shows on every report from its period on. A figure that differs
 * from the one recorded replaces it, which is kept.
 */
@Component
class BenchmarkFile implements RowKind<BenchmarkFile.Row> {

  static final ExpectedColumns COLUMNS =
      new ExpectedColumns(
          "benchmarks",
          List.of("indicator_code", "comparator", "period", "value"),
          List.of("source", "published"));

  private static final List<String> REGIONS =
      List.of(
          "North East",
          "North West",
          "Yorkshire and the Humber",
          "East Midlands",
          "West Midlands",
          "East of England",
          "London",
          "South East",
          "South West");

  /** A row read and checked. */
  record Row(
      int number,
      Indicator indicator,
      Comparator comparator,
      String comparatorName,
      Period period,
      BigDecimal value,
      String source,
      LocalDate published) {}

  /** A comparator as a file names it: which one, and the name it is shown by. */
  record Named(Comparator comparator, String name) {}

  private final Indicators indicators;
  private final Benchmarks benchmarks;

  BenchmarkFile(Indicators indicators, Benchmarks benchmarks) {
    this.indicators = indicators;
    this.benchmarks = benchmarks;
  }

  @Override
  public String kind() {
    return "benchmarks";
  }

  @Override
  public ExpectedColumns columns() {
    return COLUMNS;
  }

  @Override
  public String identifiedBy() {
    return "indicator, comparator and period";
  }

  @Override
  public Rows<Row> of(Organisation organisation, List<String> headings) {
    Map<String, Indicator> byCode =
        indicators.allOf(organisation.id()).stream()
            .collect(Collectors.toMap(Indicator::code, Function.identity()));
    RecordedBenchmarks recorded = new RecordedBenchmarks(benchmarks, byCode.values());
    return new Rows<>() {
      @Override
      public Row read(RowReader cells) {
        Indicator indicator = cells.indicator("indicator_code", byCode);
        Named comparator = comparator(cells, organisation);
        Period period =
            cells.period(
                "period",
                indicator == null
                    ? null
                    : indicator.frequency() == PeriodType.ACADEMIC_YEAR
                        ? PeriodType.ACADEMIC_YEAR
                        : PeriodType.FINANCIAL_YEAR);
        BigDecimal value = cells.requiredNumber("value", "value");
        cells.withinPercentage("value", value, indicator);
        return cells.hasProblems()
            ? null
            : new Row(
                cells.number(),
                indicator,
                comparator.comparator(),
                comparator.name(),
                period,
                value,
                cells.optionalText("source"),
                cells.date("published"));
      }

      @Override
      public Object key(Row row) {
        return List.of(row.indicator().id(), row.comparatorName(), row.period().code());
      }

      @Override
      public Outcome compare(Row row) {
        return recorded.compare(row);
      }
    };
  }

  /**
   * The comparator a cell names: England; the region, by that word or its name; statistical
   * neighbours ("SN"); CIPFA neighbours; the national top quartile.
   */
  static Named comparator(RowReader cells, Organisation organisation) {
    String text = cells.required("comparator", "comparator");
    if (text == null) {
      return null;
    }
    String word = text.toLowerCase(Locale.UK).replaceAll("[\\s_\\-]+", " ").strip();
    switch (word) {
      case "england":
      case "national":
        return new Named(Comparator.ENGLAND, "England");
      case "region":
      case "regional":
        return new Named(
            Comparator.REGION, organisation.region() == null ? "Region" : organisation.region());
      case "statistical neighbours":
      case "statistical neighbour":
      case "sn":
        return new Named(Comparator.STATISTICAL_NEIGHBOURS, "Statistical Neighbours");
      case "cipfa":
      case "cipfa neighbours":
      case "cipfa nearest neighbours":
        return new Named(Comparator.CIPFA_NEIGHBOURS, "CIPFA neighbours");
      case "top quartile":
        return new Named(Comparator.TOP_QUARTILE, Benchmark.TOP_QUARTILE);
      default:
        for (String region : REGIONS) {
          if (region.toLowerCase(Locale.UK).equals(word)) {
            return new Named(Comparator.REGION, region);
          }
        }
        cells.problem(
            "comparator",
            "'"
                + text
                + "' is not a comparator: write England, region (or its name, such as South East),"
                + " statistical neighbours (or SN), CIPFA neighbours or top quartile");
        return null;
    }
  }
}
