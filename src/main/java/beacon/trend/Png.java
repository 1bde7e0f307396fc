package beacon.trend;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a picture as PNG (RGB, 8 bits a channel), compressed for speed: unfiltered rows, the
 * fastest deflate. A chart is mostly flat white and compresses well that way, in half the time of
 * the general PNG writer, which tries five filters on every row.
 */
final class Png {

  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

  private Png() {}

  /**
   * @param picture a picture of type {@link BufferedImage#TYPE_INT_RGB}
   */
  static byte[] of(BufferedImage picture) {
    if (picture.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("Only RGB pictures are written as PNG here");
    }
    int width = picture.getWidth();
    int height = picture.getHeight();
    int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
    try {
      ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 4);
      Deflater deflater = new Deflater(Deflater.BEST_SPEED);
      try (DeflaterOutputStream compressed = new DeflaterOutputStream(data, deflater, 1 << 16)) {
        byte[] row = new byte[1 + width * 3];
        for (int y = 0; y < height; y++) {
          int at = 1;
          for (int x = 0; x < width; x++) {
            int pixel = pixels[y * width + x];
            row[at++] = (byte) (pixel >> 16);
            row[at++] = (byte) (pixel >> 8);
            row[at++] = (byte) pixel;
          }
          compressed.write(row);
        }
      } finally {
        deflater.end();
      }
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream headerOut = new DataOutputStream(header);
      headerOut.writeInt(width);
      headerOut.writeInt(height);
      headerOut.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, no filter, no interlace
      ByteArrayOutputStream png = new ByteArrayOutputStream(data.size() + 64);
      DataOutputStream out = new DataOutputStream(png);
      out.write(SIGNATURE);
      chunk(out, "IHDR", header.toByteArray());
      chunk(out, "IDAT", data.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
