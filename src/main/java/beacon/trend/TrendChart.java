package beacon.trend;

import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A trend chart drawn as SVG on the server: the values of an indicator in order, the target each
 * was rated against (a stepped line), and each value's RAG as a colour AND a shape (circle Green,
 * diamond Amber, square Red, hollow circle not rated), with a letter beside each point when there
 * is room. Coordinates are in the SVG's own units ({@link #WIDTH} by {@link #HEIGHT}).
 *
 * @param points the values that are numbers, oldest first
 * @param seriesPath the SVG path joining the points
 * @param targetPath the SVG path of the target line, stepped where the target changes; empty when
 *     no value has a target
 * @param xTicks labels along the bottom: every value's period when there are few, else every Nth,
 *     always including the latest
 * @param yTicks value labels up the side, at round numbers
 * @param lettered whether each point carries its RAG letter (when there is room)
 * @param axisNote said when the value axis does not start at zero, so that a reader does not take a
 *     small change for a large one: "The value axis starts at 36%, not at zero."; empty when it
 *     does
 */
public record TrendChart(
    List<Point> points,
    String seriesPath,
    String targetPath,
    List<Tick> xTicks,
    List<Tick> yTicks,
    boolean lettered,
    String axisNote) {

  public static final int WIDTH = 760;
  public static final int HEIGHT = 300;
  public static final int LEFT = 64;
  public static final int RIGHT = WIDTH - 16;
  public static final int TOP = 16;
  public static final int BOTTOM = HEIGHT - 40;

  /** At most this many period labels fit along the bottom. */
  static final int MOST_X_LABELS = 10;

  /** Points closer than this have no room for a letter. */
  private static final double LETTER_ROOM = 22;

  private static final int[] LABEL_STEPS = {1, 2, 3, 4, 6, 12, 24, 48, 96};

  /** One value to chart: its period's label, the number, its target (or null) and its rating. */
  public record Entry(String periodLabel, BigDecimal value, BigDecimal target, Rag rag) {
    public Entry {
      Objects.requireNonNull(value, "a charted entry has a number");
      rag = rag == null ? Rag.NOT_RATED : rag;
    }
  }

  /**
   * A plotted value.
   *
   * @param marker the SVG path of its marker, shaped by its RAG
   * @param display the value as written, "83%"
   */
  public record Point(
      double x, double y, String periodLabel, String display, Rag rag, String marker) {

    /** R, A, G, or N for not rated. */
    public String letter() {
      return switch (rag) {
        case RED -> "R";
        case AMBER -> "A";
        case GREEN -> "G";
        case NOT_RATED -> "N";
      };
    }
  }

  /** A label on an axis at a position (x for periods, y for values). */
  public record Tick(double position, String label) {}

  /** The chart of the entries, or null when there is nothing to chart. */
  public static TrendChart of(List<Entry> entries, Unit unit) {
    if (entries.isEmpty()) {
      return null;
    }
    Scale scale = Scale.of(entries);
    int n = entries.size();
    double slot = (double) (RIGHT - LEFT) / n;
    double size = Math.max(2.5, Math.min(6, slot / 3));
    List<Point> points = new ArrayList<>();
    StringBuilder series = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Entry entry = entries.get(i);
      double x = LEFT + (i + 0.5) * slot;
      double y = scale.y(entry.value());
      points.add(
          new Point(
              x,
              y,
              entry.periodLabel(),
              unit.format(entry.value()),
              entry.rag(),
              RagMarker.path(entry.rag(), x, y, size)));
      series.append(i == 0 ? "M" : " L").append(num(x)).append(' ').append(num(y));
    }
    return new TrendChart(
        List.copyOf(points),
        series.toString(),
        targetPath(entries, scale::y, LEFT, slot),
        xTicks(points),
        scale.ticks(unit),
        slot >= LETTER_ROOM,
        scale.min().signum() > 0
            ? "The value axis starts at " + unit.format(scale.min()) + ", not at zero."
            : "");
  }

  /** The latest value charted. */
  public Point latest() {
    return points.get(points.size() - 1);
  }

  public Point first() {
    return points.get(0);
  }

  /** The marker of a rating (named as in {@link Rag}) for a 14 by 14 key. */
  public String legendMarker(String rag) {
    return RagMarker.path(Rag.valueOf(rag), 7, 7, 5);
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return RIGHT;
  }

  public int top() {
    return TOP;
  }

  public int bottom() {
    return BOTTOM;
  }

  /**
   * Each entry's target across its own slot, joined by a vertical step where it changes.
   *
   * @param y where a figure is drawn up the chart
   * @param left where the first slot begins
   */
  static String targetPath(
      List<Entry> entries, Function<BigDecimal, Double> y, double left, double slot) {
    StringBuilder path = new StringBuilder();
    BigDecimal previous = null;
    for (int i = 0; i < entries.size(); i++) {
      BigDecimal target = entries.get(i).target();
      if (target == null) {
        previous = null;
        continue;
      }
      double from = left + i * slot;
      double to = from + slot;
      double at = y.apply(target);
      if (previous == null) {
        path.append(path.isEmpty() ? "" : " ").append("M").append(num(from)).append(' ');
        path.append(num(at));
      } else if (previous.compareTo(target) != 0) {
        path.append(" V").append(num(at));
      }
      path.append(" H").append(num(to));
      previous = target;
    }
    return path.toString();
  }

  private static List<Tick> xTicks(List<Point> points) {
    int n = points.size();
    int every = LABEL_STEPS[LABEL_STEPS.length - 1];
    for (int step : LABEL_STEPS) {
      if ((n + step - 1) / step <= MOST_X_LABELS) {
        every = step;
        break;
      }
    }
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if ((n - 1 - i) % every == 0) {
        ticks.add(new Tick(points.get(i).x(), points.get(i).periodLabel()));
      }
    }
    return List.copyOf(ticks);
  }

  /** A coordinate with one decimal place, written the same in any locale. */
  public static String num(double value) {
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "-" : "";
    long magnitude = Math.abs(tenths);
    long whole = magnitude / 10;
    long tenth = magnitude % 10;
    return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
  }

  /** The value axis: from a round number at or below the lowest figure to one above the highest. */
  public record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {

    /** The axis of the entries' values and targets, and of any other figure given (or null). */
    static Scale of(List<Entry> entries, BigDecimal... others) {
      List<BigDecimal> figures = new ArrayList<>(Arrays.asList(others));
      for (Entry entry : entries) {
        figures.add(entry.value());
        figures.add(entry.target());
      }
      BigDecimal low = null;
      BigDecimal high = null;
      for (BigDecimal figure : figures) {
        if (figure != null) {
          low = low == null || figure.compareTo(low) < 0 ? figure : low;
          high = high == null || figure.compareTo(high) > 0 ? figure : high;
        }
      }
      return between(low, high);
    }

    /**
     * The axis for figures from {@code low} to {@code high}, from 0 when they are all well above.
     */
    public static Scale between(BigDecimal low, BigDecimal high) {
      if (low.signum() >= 0 && low.multiply(BigDecimal.valueOf(2)).compareTo(high) < 0) {
        low = BigDecimal.ZERO;
      }
      if (low.compareTo(high) == 0) {
        if (high.signum() > 0) {
          low = BigDecimal.ZERO;
        } else {
          low = low.subtract(BigDecimal.ONE);
          high = high.add(BigDecimal.ONE);
        }
      }
      BigDecimal step = niceStep(high.subtract(low).divide(BigDecimal.valueOf(5)));
      BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
      BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
      return new Scale(min, max, step);
    }

    /** 1, 2 or 5 times a power of ten, at least the given size. */
    static BigDecimal niceStep(BigDecimal raw) {
      int exponent = raw.precision() - raw.scale() - 1;
      BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
      for (int multiple : new int[] {1, 2, 5, 10}) {
        BigDecimal step = magnitude.multiply(BigDecimal.valueOf(multiple));
        if (step.compareTo(raw) >= 0) {
          return step.stripTrailingZeros();
        }
      }
      return magnitude.multiply(BigDecimal.TEN).stripTrailingZeros();
    }

    public double y(BigDecimal value) {
      double span = max.subtract(min).doubleValue();
      return BOTTOM - value.subtract(min).doubleValue() / span * (BOTTOM - TOP);
    }

    public List<Tick> ticks(Unit unit) {
      List<Tick> ticks = new ArrayList<>();
      for (BigDecimal tick = min; tick.compareTo(max) <= 0; tick = tick.add(step)) {
        ticks.add(new Tick(y(tick), unit.format(tick)));
      }
      return List.copyOf(ticks);
    }
  }
}
