package beacon.scorecard;

import beacon.benchmark.Comparator;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one benchmark a list shows for a line: the newest England figure, or where there is none the
 * newest of any comparator. A benchmark without a period counts as older than any with one; among
 * equals, the first given wins.
 */
public final class LatestBenchmark {

  private LatestBenchmark() {}

  public static Optional<BenchmarkView> of(List<BenchmarkView> benchmarks) {
    Optional<BenchmarkView> england =
        newest(benchmarks.stream().filter(b -> b.comparator() == Comparator.ENGLAND).toList());
    return england.isPresent() ? england : newest(benchmarks);
  }

  /**
   * The newest figure of each comparator, in the order the comparators first appear: one England,
   * one region, one neighbours' mean, however many years were recorded.
   */
  public static List<BenchmarkView> perComparator(List<BenchmarkView> benchmarks) {
    Map<String, List<BenchmarkView>> byComparator = new LinkedHashMap<>();
    for (BenchmarkView benchmark : benchmarks) {
      byComparator
          .computeIfAbsent(benchmark.comparator() + " " + benchmark.name(), k -> new ArrayList<>())
          .add(benchmark);
    }
    return byComparator.values().stream().map(same -> newest(same).orElseThrow()).toList();
  }

  static Optional<BenchmarkView> newest(List<BenchmarkView> benchmarks) {
    BenchmarkView newest = null;
    LocalDate newestEnd = null;
    for (BenchmarkView benchmark : benchmarks) {
      LocalDate end = endOf(benchmark);
      if (newest == null || (end != null && (newestEnd == null || end.isAfter(newestEnd)))) {
        newest = benchmark;
        newestEnd = end;
      }
    }
    return Optional.ofNullable(newest);
  }

  private static LocalDate endOf(BenchmarkView benchmark) {
    if (benchmark.period() == null) {
      return null;
    }
    try {
      Period period = Periods.fromCode(benchmark.period().code());
      return period.end();
    } catch (PeriodFormatException e) {
      return null;
    }
  }
}
