package beacon.dashboard;

import beacon.rules.rating.Target;
import beacon.scorecard.BenchmarkView;
import beacon.scorecard.RatedPoint;
import beacon.scorecard.ScorecardLine;
import beacon.trend.SmallChart;
import beacon.trend.TrendChart;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator as the dashboard shows it at a glance, so members see the picture before the
 * numbers: its latest values drawn small against the target and the national top quartile, with the
 * same figures in a table.
 *
 * @param chart null when the indicator has no figure to draw
 * @param figures the values drawn, oldest first, each as its report rated it
 */
record GlanceCard(ScorecardLine line, SmallChart chart, List<RatedPoint> figures) {

  static GlanceCard of(ScorecardLine line) {
    List<RatedPoint> numbers = line.history().stream().filter(p -> p.number() != null).toList();
    List<RatedPoint> drawn =
        numbers.subList(Math.max(0, numbers.size() - SmallChart.MOST_POINTS), numbers.size());
    List<TrendChart.Entry> entries =
        drawn.stream()
            .map(
                p -> new TrendChart.Entry(p.period().label(), p.number(), p.targetValue(), p.rag()))
            .toList();
    BenchmarkView topQuartile = line.topQuartile();
    BigDecimal band = topQuartile == null ? null : topQuartile.value();
    return new GlanceCard(
        line, SmallChart.of(entries, band, line.polarity(), line.unit()), List.copyOf(drawn));
  }

  /** The target of the latest value drawn, or null when none covers its period. */
  public Target latestTarget() {
    return figures.isEmpty() ? null : figures.get(figures.size() - 1).target();
  }

  /** Whether the chart shades the national top quartile. */
  public boolean banded() {
    return chart != null && !chart.bandPath().isEmpty();
  }
}
