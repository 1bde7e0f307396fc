package beacon.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTest {

  @Test
  void aPictureReadsBackPixelForPixel() throws Exception {
    BufferedImage picture = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        picture.setRGB(x, y, random.nextInt(0x1000000));
      }
    }

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.of(picture)));

    assertThat(read.getWidth()).isEqualTo(37);
    assertThat(read.getHeight()).isEqualTo(11);
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        assertThat(read.getRGB(x, y) & 0xffffff).isEqualTo(picture.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void onlyRgbPicturesAreWritten() {
    BufferedImage grey = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);

    assertThatThrownBy(() -> Png.of(grey)).isInstanceOf(IllegalArgumentException.class);
  }
}
