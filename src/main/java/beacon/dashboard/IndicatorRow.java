package beacon.dashboard;

import beacon.scorecard.BenchmarkView;
import beacon.scorecard.LatestBenchmark;
import beacon.scorecard.ScorecardLine;

/** One row of the indicator list: the line and the benchmark the list shows for it (or null). */
record IndicatorRow(ScorecardLine line, BenchmarkView benchmark) {

  static IndicatorRow of(ScorecardLine line) {
    return new IndicatorRow(line, LatestBenchmark.of(line.benchmarks()).orElse(null));
  }
}
