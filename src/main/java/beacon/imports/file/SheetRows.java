package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of one sheet, pulled one at a time from the sheet's XML so a large sheet is never held
 * in memory. Each cell is given as the text Excel shows for it; a formula by the result Excel
 * saved.
 */
final class SheetRows implements AutoCloseable {

  /** A sheet row's cells, in column order from column A, and what could not be read. */
  record SheetRow(int number, List<String> texts, List<ImportProblem> problems) {}

  private static final int LAST_COLUMN = 16_384;

  private final String fileName;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Integer, NumberFormat> formats = new HashMap<>();
  private int lastRow;

  SheetRows(
      String fileName,
      InputStream sheet,
      SharedStrings strings,
      StylesTable styles,
      boolean date1904)
      throws XMLStreamException {
    this.fileName = fileName;
    this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  /** The next row the sheet writes, or null after the last. */
  SheetRow next() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
        String r = xml.getAttributeValue(null, "r");
        lastRow = r == null ? lastRow + 1 : Integer.parseInt(r.strip());
        return readRow(lastRow);
      }
    }
    return null;
  }

  private SheetRow readRow(int number) throws XMLStreamException {
    List<String> texts = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    int column = -1;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
        String ref = xml.getAttributeValue(null, "r");
        column = ref == null ? column + 1 : columnOf(ref);
        Cell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
        if (column < 0 || column >= LAST_COLUMN) {
          continue;
        }
        while (texts.size() <= column) {
          texts.add("");
        }
        texts.set(column, cell.text());
        if (cell.uncalculated()) {
          problems.add(
              new ImportProblem(
                  fileName,
                  number,
                  "",
                  "cell "
                      + (ref == null ? "" : ref + " ")
                      + "has a formula with no saved result: open the file in Excel and save it"
                      + " again"));
        }
      }
    }
    return new SheetRow(number, texts, problems);
  }

  private record Cell(String text, boolean uncalculated) {}

  /** Reads a cell's contents up to its end: its value, its inline text, whether it is a formula. */
  private Cell readCell(String type, String style) throws XMLStreamException {
    String value = null;
    StringBuilder inline = new StringBuilder();
    boolean formula = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if ("v".equals(name)) {
          value = xml.getElementText();
        } else if ("f".equals(name)) {
          formula = true;
        } else if ("t".equals(name)) {
          inline.append(xml.getElementText());
        }
      }
    }
    if ("inlineStr".equals(type)) {
      return new Cell(inline.toString(), false);
    }
    if (value == null) {
      return new Cell("", formula);
    }
    return new Cell(text(type, style, value), false);
  }

  private String text(String type, String style, String value) {
    if (type == null || "n".equals(type)) {
      NumberFormat format = format(style);
      return ExcelCellText.number(value, format.index(), format.pattern(), date1904);
    }
    switch (type) {
      case "s":
        return strings.getItemAt(Integer.parseInt(value.strip())).getString();
      case "b":
        return "1".equals(value.strip()) ? "TRUE" : "FALSE";
      default:
        return value;
    }
  }

  private record NumberFormat(int index, String pattern) {}

  /** The style's number format: its index and its pattern. */
  private NumberFormat format(String style) {
    int index = style == null || style.isBlank() ? 0 : Integer.parseInt(style.strip());
    return formats.computeIfAbsent(
        index,
        i -> {
          if (styles == null || i >= styles.getNumCellStyles()) {
            return new NumberFormat(0, "General");
          }
          XSSFCellStyle cellStyle = styles.getStyleAt(i);
          short formatIndex = cellStyle.getDataFormat();
          String pattern = cellStyle.getDataFormatString();
          if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(formatIndex);
          }
          return new NumberFormat(formatIndex, pattern == null ? "General" : pattern);
        });
  }

  /** Column A is 0; -1 for a reference with no column letters. */
  static int columnOf(String reference) {
    int column = 0;
    int letters = 0;
    for (char c : reference.strip().toCharArray()) {
      char upper = Character.toUpperCase(c);
      if (upper < 'A' || upper > 'Z' || letters > 3) {
        break;
      }
      column = column * 26 + (upper - 'A' + 1);
      letters++;
    }
    return column - 1;
  }

  @Override
  public void close() throws XMLStreamException {
    xml.close();
  }
}
