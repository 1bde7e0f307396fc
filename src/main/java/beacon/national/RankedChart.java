package beacon.national;

import beacon.rules.national.AuthorityStatistics;
import beacon.rules.national.Quartile;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import beacon.trend.TrendChart;
import beacon.trend.TrendChart.Scale;
import beacon.trend.TrendChart.Tick;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every authority's figure for a year as a bar, best first, drawn as SVG on the server with the
 * same frame as the trend chart: the quartile bands behind the bars (each labelled with its
 * letter), England's figure as a dashed line, and the organisation's own bar marked and labelled.
 *
 * @param bars best first (by rank; highest first for a measure with no polarity)
 * @param bands the quartile bands, A first; empty when the measure is not banded
 * @param englandY where England's line is drawn, or null when England has no figure
 * @param marked the organisation's bar, or null when it has no figure
 */
public record RankedChart(
    List<Bar> bars,
    List<Band> bands,
    List<Tick> yTicks,
    Double englandY,
    String englandLabel,
    Bar marked) {

  /**
   * One authority's bar.
   *
   * @param x its left edge
   * @param y its top
   */
  public record Bar(
      String code,
      String name,
      String display,
      Integer rank,
      Quartile quartile,
      double x,
      double y,
      double width,
      double height) {}

  /** A quartile band behind the bars, from {@code x} for {@code width}. */
  public record Band(Quartile quartile, double x, double width, double labelX) {}

  public static final int WIDTH = TrendChart.WIDTH;
  public static final int HEIGHT = TrendChart.HEIGHT;

  /**
   * @return null when no authority has a figure
   */
  public static RankedChart of(
      Map<String, AuthorityStatistics> everyAuthority,
      Function<String, String> nameOf,
      String organisation,
      Polarity polarity,
      BigDecimal england,
      Unit unit) {
    List<AuthorityStatistics> ranked =
        everyAuthority.values().stream()
            .filter(s -> s.value() != null)
            .sorted(order(polarity))
            .toList();
    if (ranked.isEmpty()) {
      return null;
    }
    BigDecimal low = england == null ? ranked.get(0).value() : england;
    BigDecimal high = low;
    for (AuthorityStatistics s : ranked) {
      low = s.value().min(low);
      high = s.value().max(high);
    }
    Scale scale = Scale.between(low.min(BigDecimal.ZERO), high);
    double slot = (double) (TrendChart.RIGHT - TrendChart.LEFT) / ranked.size();
    double base = scale.y(BigDecimal.ZERO.max(scale.min()));
    List<Bar> bars = new ArrayList<>();
    Bar marked = null;
    for (int i = 0; i < ranked.size(); i++) {
      AuthorityStatistics s = ranked.get(i);
      double top = scale.y(s.value());
      Bar bar =
          new Bar(
              s.authority(),
              nameOf.apply(s.authority()),
              unit.format(s.value()),
              s.rank(),
              s.quartile(),
              TrendChart.LEFT + i * slot,
              Math.min(top, base),
              Math.max(slot * 0.8, 1),
              Math.max(Math.abs(base - top), 1));
      bars.add(bar);
      if (s.authority().equals(organisation)) {
        marked = bar;
      }
    }
    return new RankedChart(
        List.copyOf(bars),
        bands(bars, slot),
        scale.ticks(unit),
        england == null ? null : scale.y(england),
        england == null ? null : unit.format(england),
        marked);
  }

  /** The x of a coordinate, written the same in any locale. */
  public static String num(double value) {
    return TrendChart.num(value);
  }

  private static Comparator<AuthorityStatistics> order(Polarity polarity) {
    Comparator<AuthorityStatistics> byValue =
        Comparator.comparing(AuthorityStatistics::value, Comparator.reverseOrder());
    if (polarity == Polarity.LOW) {
      byValue = Comparator.comparing(AuthorityStatistics::value);
    }
    return byValue.thenComparing(AuthorityStatistics::authority);
  }

  private static List<Band> bands(List<Bar> bars, double slot) {
    List<Band> bands = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= bars.size(); i++) {
      Quartile quartile = bars.get(start).quartile();
      if (i == bars.size() || bars.get(i).quartile() != quartile) {
        if (quartile != null) {
          double x = bars.get(start).x();
          double width = (i - start) * slot;
          bands.add(new Band(quartile, x, width, x + width / 2));
        }
        start = i;
      }
    }
    return List.copyOf(bands);
  }
}
