package beacon.scorecard;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Comparator;
import beacon.rules.rating.Unit;
import beacon.web.PeriodView;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A benchmark as a scorecard shows it.
 *
 * @param publishedOn the day it was published, when known
 */
public record BenchmarkView(
    Comparator comparator,
    String name,
    BigDecimal value,
    String display,
    PeriodView period,
    String source,
    LocalDate publishedOn) {

  public static BenchmarkView of(Benchmark benchmark, Unit unit) {
    return new BenchmarkView(
        benchmark.comparator(),
        benchmark.comparatorName(),
        benchmark.value(),
        unit.format(benchmark.value()),
        PeriodView.of(benchmark.period()),
        benchmark.source(),
        benchmark.publishedOn());
  }
}
