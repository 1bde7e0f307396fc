package beacon.imports.file;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;

/**
 * The number format of each cell style of a workbook, read from its styles part: the number Excel
 * gives the format and its pattern ("0%", "dd/mm/yyyy"). Only what a cell's text needs is kept, a
 * number for each style, so a workbook's styles take little memory however many it has, up to
 * Excel's own limit.
 */
final class NumberFormats {

  /** The format of a cell with no style, or a style the workbook does not have. */
  record NumberFormat(int index, String pattern) {}

  private static final NumberFormat GENERAL = new NumberFormat(0, "General");

  private final int[] formatOfStyle;
  private final Map<Integer, String> patterns;

  private NumberFormats(int[] formatOfStyle, Map<Integer, String> patterns) {
    this.formatOfStyle = formatOfStyle;
    this.patterns = patterns;
  }

  /** A workbook with no styles part: every cell is General. */
  static NumberFormats none() {
    return new NumberFormats(new int[0], Map.of());
  }

  /**
   * Reads the styles part: the workbook's own number formats ({@code numFmts}) and the format of
   * each cell style ({@code cellXfs}), refusing more than Excel allows of either.
   */
  static NumberFormats read(InputStream part, Function<String, ? extends RuntimeException> refusal)
      throws XMLStreamException {
    int most = WorkbookLimits.MOST_CELL_STYLES;
    int[] formats = new int[64];
    int styles = 0;
    Map<Integer, String> patterns = new HashMap<>();
    boolean inCellStyles = false;
    XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(part);
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if ("cellXfs".equals(name)) {
            inCellStyles = true;
          } else if ("xf".equals(name) && inCellStyles) {
            if (styles == most) {
              throw refusal.apply(
                  "the workbook has more than " + most + " cell styles, more than Excel allows");
            }
            if (styles == formats.length) {
              formats = Arrays.copyOf(formats, Math.min(most, 2 * styles));
            }
            formats[styles++] = number(xml.getAttributeValue(null, "numFmtId"));
          } else if ("numFmt".equals(name)) {
            if (patterns.size() == most) {
              throw refusal.apply(
                  "the workbook has more than " + most + " number formats, more than Excel allows");
            }
            patterns.put(
                number(xml.getAttributeValue(null, "numFmtId")),
                xml.getAttributeValue(null, "formatCode"));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && "cellXfs".equals(xml.getLocalName())) {
          inCellStyles = false;
        }
      }
    } finally {
      xml.close();
    }
    return new NumberFormats(Arrays.copyOf(formats, styles), patterns);
  }

  private static int number(String text) {
    return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
  }

  /** The format of the cell style numbered as a cell's {@code s} attribute numbers it. */
  NumberFormat of(String style) {
    int index = style == null || style.isBlank() ? 0 : Integer.parseInt(style.strip());
    if (index < 0 || index >= formatOfStyle.length) {
      return GENERAL;
    }
    int format = formatOfStyle[index];
    String pattern = patterns.get(format);
    if (pattern == null) {
      pattern = BuiltinFormats.getBuiltinFormat(format);
    }
    return new NumberFormat(format, pattern == null ? "General" : pattern);
  }
}
