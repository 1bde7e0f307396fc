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

/**
 * A {@link TrendChart} drawn as a PNG picture, for papers: documents and Word files carry pictures
 * where pages carry SVG. It draws the same chart as the indicator page: the series, the stepped
 * target line dashed, and each point's RAG by colour, shape and letter.
 */
public final class TrendPicture {

  /** Pixels per unit of the chart: about 220 dots per inch when printed 130 mm wide. */
  private static final double SCALE = 1.5;

  private static final Color INK = new Color(0x0b0c0c);
  private static final Color AXIS = new Color(0xb1b4b6);
  private static final Color SERIES = new Color(0x1d70b8);
  private static final Font FONT = loadFont();

  private TrendPicture() {}

  /** The chart as a PNG file's bytes, {@link #width()} by {@link #height()} pixels. */
  public static byte[] png(TrendChart chart) {
    BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width(), height());
      g.scale(SCALE, SCALE);
      draw(chart, g);
    } finally {
      g.dispose();
    }
    return Png.of(image);
  }

  public static int width() {
    return (int) Math.round(TrendChart.WIDTH * SCALE);
  }

  public static int height() {
    return (int) Math.round(TrendChart.HEIGHT * SCALE);
  }

  /**
   * Draws the chart in its own units ({@link TrendChart#WIDTH} by {@link TrendChart#HEIGHT}) on a
   * surface, such as a PDF page's, scaled to fit the given size.
   */
  public static void draw(TrendChart chart, Graphics2D g, double width, double height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    g.scale(width / TrendChart.WIDTH, height / TrendChart.HEIGHT);
    draw(chart, g);
  }

  private static void draw(TrendChart chart, Graphics2D g) {
    g.setFont(FONT.deriveFont(13f));
    g.setStroke(new BasicStroke(1));
    for (TrendChart.Tick tick : chart.yTicks()) {
      g.setColor(AXIS);
      g.draw(
          new Line2D.Double(TrendChart.LEFT, tick.position(), TrendChart.RIGHT, tick.position()));
      g.setColor(INK);
      float textWidth = (float) g.getFontMetrics().getStringBounds(tick.label(), g).getWidth();
      g.drawString(tick.label(), TrendChart.LEFT - 8 - textWidth, (float) tick.position() + 4.5f);
    }
    for (TrendChart.Tick tick : chart.xTicks()) {
      g.setColor(INK);
      float textWidth = (float) g.getFontMetrics().getStringBounds(tick.label(), g).getWidth();
      g.drawString(tick.label(), (float) tick.position() - textWidth / 2, TrendChart.BOTTOM + 22);
    }
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
    g.setFont(FONT.deriveFont(Font.BOLD, 12f));
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
