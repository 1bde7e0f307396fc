package beacon.trend;

import static beacon.trend.TrendChart.num;

import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's latest values drawn small, as the dashboard shows them beside its counts: the
 * values joined by a line, each point shaped by its rating as on the trend chart, the target as a
 * dashed line stepped where it changes, and the national top quartile as a shaded band on the good
 * side of where it begins. It has no axes: the figures are written beside it and tabled under it.
 *
 * @param points the values drawn, oldest first
 * @param bandPath the SVG path of the top quartile's band; empty when none is drawn
 */
public record SmallChart(
    List<TrendChart.Point> points, String seriesPath, String targetPath, String bandPath) {

  public static final int WIDTH = 240;
  public static final int HEIGHT = 72;

  /** How many of the latest values are drawn, at most. */
  public static final int MOST_POINTS = 8;

  private static final int EDGE = 8;
  private static final int TOP = EDGE;
  private static final int BOTTOM = HEIGHT - EDGE;

  /**
   * The chart of the latest {@link #MOST_POINTS} entries, or null when there are none.
   *
   * @param topQuartile where the national top quartile begins, or null to draw no band
   * @param polarity which side of the top quartile's start is the band: above when high is good,
   *     below when low is good; none is drawn for any other polarity
   */
  public static SmallChart of(
      List<TrendChart.Entry> entries, BigDecimal topQuartile, Polarity polarity, Unit unit) {
    if (entries.isEmpty()) {
      return null;
    }
    List<TrendChart.Entry> shown =
        entries.subList(Math.max(0, entries.size() - MOST_POINTS), entries.size());
    BigDecimal band = polarity == Polarity.HIGH || polarity == Polarity.LOW ? topQuartile : null;
    Span span = Span.of(shown, band);
    double slot = (double) (WIDTH - 2 * EDGE) / shown.size();
    List<TrendChart.Point> points = new ArrayList<>();
    StringBuilder series = new StringBuilder();
    for (int i = 0; i < shown.size(); i++) {
      TrendChart.Entry entry = shown.get(i);
      double x = EDGE + (i + 0.5) * slot;
      double y = span.y(entry.value());
      points.add(
          new TrendChart.Point(
              x,
              y,
              entry.periodLabel(),
              unit.format(entry.value()),
              entry.rag(),
              RagMarker.path(entry.rag(), x, y, 4)));
      series.append(i == 0 ? "M" : " L").append(num(x)).append(' ').append(num(y));
    }
    return new SmallChart(
        List.copyOf(points),
        series.toString(),
        TrendChart.targetPath(shown, span::y, EDGE, slot),
        band == null ? "" : bandPath(span.y(band), polarity));
  }

  /** The band from where the top quartile begins to the chart's top (high is good) or foot. */
  private static String bandPath(double from, Polarity polarity) {
    double to = polarity == Polarity.HIGH ? 0 : HEIGHT;
    return "M0 " + num(from) + " H" + WIDTH + " V" + num(to) + " H0 Z";
  }

  /** The marker of a rating for a 14 by 14 key. */
  public static String keyMarker(Rag rag) {
    return RagMarker.path(rag, 7, 7, 5);
  }

  public TrendChart.Point latest() {
    return points.get(points.size() - 1);
  }

  public TrendChart.Point first() {
    return points.get(0);
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  /** The figures drawn from the chart's foot to its top: round numbers around them all. */
  private record Span(BigDecimal min, BigDecimal max) {

    static Span of(List<TrendChart.Entry> entries, BigDecimal band) {
      TrendChart.Scale scale = TrendChart.Scale.of(entries, band);
      return new Span(scale.min(), scale.max());
    }

    double y(BigDecimal value) {
      double range = max.subtract(min).doubleValue();
      return BOTTOM - value.subtract(min).doubleValue() / range * (BOTTOM - TOP);
    }
  }
}
