package beacon.trend;

import beacon.rules.rating.Rag;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A {@link TrendChart} drawn as a PNG picture, for papers: documents and Word files carry pictures
 * where pages carry SVG. It draws the same chart as the indicator page: the series, the stepped
 * target line dashed, and each point's RAG by colour, shape and letter; below it, a key naming the
 * two lines ("Quarters", "Target (Quarters)") and saying when the value axis does not start at
 * zero. Its words are large enough to read when the chart is printed 130 mm wide (8 to 9 points).
 */
public final class TrendPicture {

  /** Pixels per unit of the chart: about 185 dots per inch when printed 130 mm wide. */
  public static final double SCALE = 1.25;

  /** The height of the key below the chart, in the chart's units. */
  static final int KEY_HEIGHT = 66;

  /** The size of the axes' labels and the key's words, in the chart's units. */
  private static final float LABEL_SIZE = 18f;

  /** The least room between two period labels along the bottom. */
  private static final double LABEL_GAP = 10;

  /**
   * What the key calls the chart's two lines.
   *
   * @param values the series: "Quarters"
   * @param target the target line: "Target (Quarters)"
   */
  public record Key(String values, String target) {}

  private static final Color INK = new Color(0x0b0c0c);
  private static final Color AXIS = new Color(0xb1b4b6);
  private static final Color SERIES = new Color(0x1d70b8);
  private static final Font FONT = loadFont();

  private TrendPicture() {}

  /** The chart as a PNG file's bytes, {@link #width()} by {@link #height()} pixels. */
  public static byte[] png(TrendChart chart, Key key) {
    BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width(), height());
      g.scale(SCALE, SCALE);
      draw(chart, key, g);
    } finally {
      g.dispose();
    }
    return Png.of(image);
  }

  public static int width() {
    return (int) Math.round(TrendChart.WIDTH * SCALE);
  }

  public static int height() {
    return (int) Math.round(unitsHigh() * SCALE);
  }

  /** The picture's width over its height. */
  public static double aspect() {
    return (double) TrendChart.WIDTH / unitsHigh();
  }

  private static int unitsHigh() {
    return TrendChart.HEIGHT + KEY_HEIGHT;
  }

  /**
   * Draws the chart in its own units ({@link TrendChart#WIDTH} by {@link TrendChart#HEIGHT}) on a
   * surface, such as a PDF page's, scaled to fit the given size.
   */
  public static void draw(TrendChart chart, Key key, Graphics2D g, double width, double height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    g.scale(width / TrendChart.WIDTH, height / unitsHigh());
    draw(chart, key, g);
  }

  private static void draw(TrendChart chart, Key key, Graphics2D g) {
    g.setFont(FONT.deriveFont(LABEL_SIZE));
    g.setStroke(new BasicStroke(1));
    for (TrendChart.Tick tick : chart.yTicks()) {
      g.setColor(AXIS);
      g.draw(
          new Line2D.Double(TrendChart.LEFT, tick.position(), TrendChart.RIGHT, tick.position()));
      g.setColor(INK);
      float textWidth = (float) g.getFontMetrics().getStringBounds(tick.label(), g).getWidth();
      g.drawString(tick.label(), TrendChart.LEFT - 8 - textWidth, (float) tick.position() + 4.5f);
    }
    periodLabels(chart, g);
    g.setColor(AXIS);
    g.draw(
        new Line2D.Double(TrendChart.LEFT, TrendChart.BOTTOM, TrendChart.RIGHT, TrendChart.BOTTOM));
    if (!chart.targetPath().isEmpty()) {
      g.setColor(INK);
      g.setStroke(
          new BasicStroke(
              2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 5}, 0));
      g.draw(steps(chart.targetPath()));
    }
    g.setColor(SERIES);
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D.Double series = new Path2D.Double();
    for (TrendChart.Point point : chart.points()) {
      if (series.getCurrentPoint() == null) {
        series.moveTo(point.x(), point.y());
      } else {
        series.lineTo(point.x(), point.y());
      }
    }
    g.draw(series);
    double size = markerSize(chart);
    g.setStroke(new BasicStroke(1.5f));
    g.setFont(FONT.deriveFont(Font.BOLD, LABEL_SIZE - 2));
    for (TrendChart.Point point : chart.points()) {
      Shape marker = marker(point.rag(), point.x(), point.y(), size);
      g.setColor(fill(point.rag()));
      g.fill(marker);
      g.setColor(INK);
      g.draw(marker);
      if (chart.lettered()) {
        float textWidth = (float) g.getFontMetrics().getStringBounds(point.letter(), g).getWidth();
        g.drawString(point.letter(), (float) point.x() - textWidth / 2, (float) point.y() - 11);
      }
    }
    key(chart, key, g);
  }

  /**
   * The periods along the bottom: on one line where they fit ("Q1 2021/22"), else on two ("Q1" over
   * "2021/22"), else every other one, and so on, always with the latest.
   */
  private static void periodLabels(TrendChart chart, Graphics2D g) {
    g.setColor(INK);
    List<TrendChart.Tick> ticks = chart.xTicks();
    double room =
        ticks.size() < 2 ? Double.MAX_VALUE : ticks.get(1).position() - ticks.get(0).position();
    double widest = 0;
    double widestPart = 0;
    for (TrendChart.Tick tick : ticks) {
      widest = Math.max(widest, width(tick.label(), g));
      for (String part : tick.label().split(" ")) {
        widestPart = Math.max(widestPart, width(part, g));
      }
    }
    boolean oneLine = widest + LABEL_GAP <= room;
    int every = 1;
    while ((oneLine ? widest : widestPart) + LABEL_GAP > room * every) {
      every++;
    }
    float first = TrendChart.BOTTOM + 24;
    for (int i = ticks.size() - 1; i >= 0; i -= every) {
      TrendChart.Tick tick = ticks.get(i);
      List<String> lines = oneLine ? List.of(tick.label()) : List.of(tick.label().split(" ", 2));
      for (int line = 0; line < lines.size(); line++) {
        String text = lines.get(line);
        g.drawString(
            text, (float) (tick.position() - width(text, g) / 2), first + line * (LABEL_SIZE + 2));
      }
    }
  }

  /** The key below the chart: the two lines by name, and the axis note where there is one. */
  private static void key(TrendChart chart, Key key, Graphics2D g) {
    g.setFont(FONT.deriveFont(LABEL_SIZE));
    float baseline = TrendChart.HEIGHT + 34;
    double x = TrendChart.LEFT;
    g.setColor(SERIES);
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(x, baseline - 6, x + 30, baseline - 6));
    g.setColor(INK);
    g.drawString(key.values(), (float) x + 38, baseline);
    x += 38 + width(key.values(), g) + 28;
    if (!chart.targetPath().isEmpty()) {
      g.setStroke(
          new BasicStroke(
              2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 5}, 0));
      g.draw(new Line2D.Double(x, baseline - 6, x + 30, baseline - 6));
      g.drawString(key.target(), (float) x + 38, baseline);
    }
    if (!chart.axisNote().isEmpty()) {
      g.drawString(chart.axisNote(), TrendChart.LEFT, baseline + LABEL_SIZE + 6);
    }
  }

  private static double width(String text, Graphics2D g) {
    return g.getFontMetrics().getStringBounds(text, g).getWidth();
  }

  /** The target line: the path's moves, and its horizontal and vertical steps. */
  static Path2D steps(String path) {
    Path2D.Double line = new Path2D.Double();
    String[] parts = path.trim().split("\\s+");
    double x = 0;
    double y = 0;
    int i = 0;
    while (i < parts.length) {
      String part = parts[i];
      char command = part.charAt(0);
      String first = part.substring(1);
      switch (command) {
        case 'M' -> {
          x = Double.parseDouble(first);
          y = Double.parseDouble(parts[++i]);
          line.moveTo(x, y);
        }
        case 'H' -> {
          x = Double.parseDouble(first);
          line.lineTo(x, y);
        }
        case 'V' -> {
          y = Double.parseDouble(first);
          line.lineTo(x, y);
        }
        default -> throw new IllegalArgumentException("Not a target line's step: " + part);
      }
      i++;
    }
    return line;
  }

  private static double markerSize(TrendChart chart) {
    double slot = (double) (TrendChart.RIGHT - TrendChart.LEFT) / chart.points().size();
    return Math.max(2.5, Math.min(6, slot / 3));
  }

  private static Shape marker(Rag rag, double x, double y, double r) {
    return switch (rag) {
      case GREEN, NOT_RATED -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case AMBER -> {
        double d = r * 1.3;
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(x, y - d);
        diamond.lineTo(x + d, y);
        diamond.lineTo(x, y + d);
        diamond.lineTo(x - d, y);
        diamond.closePath();
        yield diamond;
      }
      case RED -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
    };
  }

  private static Color fill(Rag rag) {
    return switch (rag) {
      case GREEN -> new Color(0x00703c);
      case AMBER -> new Color(0xf47738);
      case RED -> new Color(0xd4351c);
      case NOT_RATED -> Color.WHITE;
    };
  }

  private static Font loadFont() {
    try (InputStream in =
        TrendPicture.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      if (in == null) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 13);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      return new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    }
  }
}
