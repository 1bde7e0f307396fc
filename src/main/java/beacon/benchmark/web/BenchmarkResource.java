package beacon.benchmark.web;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Comparator;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.rules.rating.Unit;
import beacon.web.PeriodView;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A comparator's figure for an indicator as the API shows it ("England 20%, CIN Census 2021/22").
 *
 * @param reportingPeriod the report it was given for; absent when given for every report
 * @param name the comparator as papers name it: "South East", "Statistical Neighbours"
 * @param period the figure's own period; absent when the paper did not say
 * @param display as papers print it: "20%"
 * @param publishedOn the day it was published, when known: a scorecard shows it from then on
 */
record BenchmarkResource(
    PeriodView reportingPeriod,
    Comparator comparator,
    String name,
    PeriodView period,
    BigDecimal value,
    String display,
    String source,
    LocalDate publishedOn) {

  static BenchmarkResource of(Benchmark benchmark, Unit unit) {
    return new BenchmarkResource(
        reporting(benchmark.reportingPeriodCode()),
        benchmark.comparator(),
        benchmark.comparatorName(),
        PeriodView.of(benchmark.period()),
        benchmark.value(),
        benchmark.value() == null ? null : unit.format(benchmark.value()),
        benchmark.source(),
        benchmark.publishedOn());
  }

  private static PeriodView reporting(String code) {
    if (code == null) {
      return null;
    }
    try {
      return PeriodView.of(Periods.fromCode(code));
    } catch (PeriodFormatException e) {
      return new PeriodView(code, code);
    }
  }
}
