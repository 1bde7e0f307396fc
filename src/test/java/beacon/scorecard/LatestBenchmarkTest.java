package beacon.scorecard;

import static beacon.scorecard.ScorecardLineFixture.aLine;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.benchmark.Comparator;
import beacon.web.PeriodView;
import org.junit.jupiter.api.Test;

class LatestBenchmarkTest {

  private static final PeriodView Y2021 = new PeriodView("2021-22", "2021/22");
  private static final PeriodView Y2022 = new PeriodView("2022-23", "2022/23");

  @Test
  void prefersTheNewestEnglandFigure() {
    ScorecardLine line =
        aLine("X")
            .benchmarked(Comparator.REGION, "50", Y2022)
            .benchmarked(Comparator.ENGLAND, "40", Y2021)
            .benchmarked(Comparator.ENGLAND, "42", Y2022)
            .benchmarked(Comparator.ENGLAND, "41", null)
            .build();

    assertThat(LatestBenchmark.of(line.benchmarks()))
        .hasValueSatisfying(b -> assertThat(b.display()).isEqualTo("42%"));
  }

  @Test
  void takesTheNewestOfAnyComparatorWithoutAnEnglandFigure() {
    ScorecardLine line =
        aLine("X")
            .benchmarked(Comparator.STATISTICAL_NEIGHBOURS, "20", Y2021)
            .benchmarked(Comparator.REGION, "24", Y2022)
            .build();

    assertThat(LatestBenchmark.of(line.benchmarks()))
        .hasValueSatisfying(b -> assertThat(b.comparator()).isEqualTo(Comparator.REGION));
  }

  @Test
  void takesTheFirstEnglandFigureWhenNoneHasAPeriod() {
    ScorecardLine line =
        aLine("X")
            .benchmarked(Comparator.REGION, "26", null)
            .benchmarked(Comparator.ENGLAND, "22", null)
            .build();

    assertThat(LatestBenchmark.of(line.benchmarks()))
        .hasValueSatisfying(b -> assertThat(b.display()).isEqualTo("22%"));
  }

  @Test
  void hasNoneForNoBenchmark() {
    assertThat(LatestBenchmark.of(aLine("X").build().benchmarks())).isEmpty();
  }
}
