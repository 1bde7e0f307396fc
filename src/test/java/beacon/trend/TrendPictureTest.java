package beacon.trend;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TrendPictureTest {

  private static final TrendChart REREFERRALS =
      TrendChart.of(
          List.of(
              new TrendChart.Entry(
                  "Q1 2022/23", new BigDecimal("40"), new BigDecimal("28"), Rag.RED),
              new TrendChart.Entry(
                  "Q2 2022/23", new BigDecimal("25"), new BigDecimal("28"), Rag.GREEN),
              new TrendChart.Entry(
                  "Q3 2022/23", new BigDecimal("29"), new BigDecimal("28"), Rag.AMBER)),
          Unit.PERCENT);

  private static final TrendPicture.Key QUARTERS =
      new TrendPicture.Key("Quarters", "Target (Quarters)");

  @Test
  void drawsTheChartWithItsKeyBelowAsAPngAQuarterLargerThanItsUnits() throws Exception {
    BufferedImage picture = read(TrendPicture.png(REREFERRALS, QUARTERS));

    assertThat(picture.getWidth())
        .isEqualTo((int) Math.round(TrendChart.WIDTH * TrendPicture.SCALE));
    assertThat(picture.getHeight())
        .isEqualTo(
            (int) Math.round((TrendChart.HEIGHT + TrendPicture.KEY_HEIGHT) * TrendPicture.SCALE));
  }

  @Test
  void coloursEachPointByItsRating() throws Exception {
    BufferedImage picture = read(TrendPicture.png(REREFERRALS, QUARTERS));

    assertThat(colourAt(picture, REREFERRALS.points().get(0))).isEqualTo(0xd4351c);
    assertThat(colourAt(picture, REREFERRALS.points().get(1))).isEqualTo(0x00703c);
    assertThat(colourAt(picture, REREFERRALS.points().get(2))).isEqualTo(0xf47738);
  }

  @Test
  void followsTheTargetLineThroughItsSteps() {
    PathIterator steps = TrendPicture.steps("M64 100 H200 V120 H300").getPathIterator(null);
    double[] at = new double[6];
    int count = 0;
    double lastX = 0;
    double lastY = 0;
    while (!steps.isDone()) {
      steps.currentSegment(at);
      lastX = at[0];
      lastY = at[1];
      count++;
      steps.next();
    }

    assertThat(count).isEqualTo(4);
    assertThat(lastX).isEqualTo(300);
    assertThat(lastY).isEqualTo(120);
  }

  private static BufferedImage read(byte[] png) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static int colourAt(BufferedImage picture, TrendChart.Point point) {
    return picture.getRGB(
            (int) Math.round(point.x() * TrendPicture.SCALE),
            (int) Math.round(point.y() * TrendPicture.SCALE))
        & 0xffffff;
  }
}
