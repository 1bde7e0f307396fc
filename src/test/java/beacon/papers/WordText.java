package beacon.papers;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * How wide text is in a Word paper: measured in Liberation Sans, which has Arial's widths letter
 * for letter, against the room a table cell leaves between Word's default cell margins.
 */
final class WordText {

  /** Word's default left and right margin of a table cell, in points (0.19 cm). */
  private static final double CELL_MARGINS = 2 * 5.4;

  private static final Font BOLD = font("LiberationSans-Bold.ttf");

  private WordText() {}

  static double boldWidthInPoints(String text, int points) {
    return BOLD.deriveFont((float) points)
        .getStringBounds(text, new FontRenderContext(null, true, true))
        .getWidth();
  }

  /** The width a cell leaves for its text, in points. */
  static double roomInPoints(XWPFTableCell cell) {
    Object width = cell.getCTTc().getTcPr().getTcW().getW();
    return new BigInteger(width.toString()).doubleValue() / 20 - CELL_MARGINS;
  }

  private static Font font(String file) {
    try (InputStream in = WordText.class.getResourceAsStream("/liberation/" + file)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
