package beacon.papers;

import beacon.rules.period.PeriodType;
import beacon.rules.rating.Unit;
import beacon.trend.TrendChart;
import beacon.trend.TrendPicture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator block's trend as the paper prints it: the chart, and the table of its figures headed
 * as Buckinghamshire's papers head it ("Quarter", "Quarters (%)", "Target (Quarters) (%)"). The
 * table's figures are written without the unit its headings carry, and all to the number of decimal
 * places most of them are written with, as the chart's own data table prints them (65 and 82 in a
 * trend of whole percentages, even where the headline says 82.2%); targets as they were set.
 *
 * @param frequency how often the indicator is reported: quarterly, monthly or yearly
 * @param points the trend's values, oldest first
 */
public record PaperTrend(PeriodType frequency, Unit unit, List<RecentValue> points) {

  /** A chart of fewer points than this is not drawn: one point makes no trend. */
  static final int FEWEST_CHARTED = 2;

  /** The period's word in the singular: "Quarter", "Month", "Year". */
  public String periodHeading() {
    return switch (frequency) {
      case MONTH -> "Month";
      case FINANCIAL_QUARTER -> "Quarter";
      default -> "Year";
    };
  }

  /** The heading of the values: "Quarters (%)". */
  public String valueHeading() {
    return periodHeading() + "s" + unitHeading();
  }

  /** The heading of the targets: "Target (Quarters) (%)". */
  public String targetHeading() {
    return "Target (" + periodHeading() + "s)" + unitHeading();
  }

  /** The three headings, in order. */
  public List<String> headings() {
    return List.of(periodHeading(), valueHeading(), targetHeading());
  }

  /** True when the trend has enough numbers to chart; a single value is not charted or tabled. */
  public boolean charted() {
    return points.stream().filter(point -> point.valueNumber() != null).count() >= FEWEST_CHARTED;
  }

  /** The chart, or null when there are too few numbers to draw one. */
  public TrendChart chart() {
    if (!charted()) {
      return null;
    }
    return TrendChart.of(
        points.stream()
            .filter(point -> point.valueNumber() != null)
            .map(
                point ->
                    new TrendChart.Entry(
                        point.label(), point.valueNumber(), point.targetNumber(), point.rag()))
            .toList(),
        unit);
  }

  /** What the chart's key calls its lines: "Quarters" and "Target (Quarters)". */
  public TrendPicture.Key key() {
    return new TrendPicture.Key(periodHeading() + "s", "Target (" + periodHeading() + "s)");
  }

  /** A value as the table prints it: "72" under "Quarters (%)"; a marker as written. */
  public String value(RecentValue point) {
    return point.valueNumber() == null ? point.value() : figure(point.valueNumber());
  }

  /**
   * A target as the table prints it, as it was set: "75", or empty where none covered the period.
   */
  public String target(RecentValue point) {
    return point.targetNumber() == null ? point.target() : Unit.plain(point.targetNumber());
  }

  /** A number to the trend's usual decimal places, without a unit sign. */
  String figure(BigDecimal number) {
    BigDecimal rounded = number.setScale(usualDecimals(), RoundingMode.HALF_UP);
    return rounded.toPlainString();
  }

  /**
   * The number of decimal places most of the trend's values are written with; the larger where two
   * are as common.
   */
  int usualDecimals() {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (RecentValue point : points) {
      if (point.valueNumber() != null) {
        counts.merge(
            Math.max(0, point.valueNumber().stripTrailingZeros().scale()), 1, Integer::sum);
      }
    }
    int usual = 0;
    int most = 0;
    for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
      if (count.getValue() >= most) {
        usual = count.getKey();
        most = count.getValue();
      }
    }
    return usual;
  }

  private String unitHeading() {
    return switch (unit) {
      case PERCENT -> " (%)";
      case DAYS -> " (days)";
      case PER_10000 -> " (per 10,000)";
      default -> "";
    };
  }
}
