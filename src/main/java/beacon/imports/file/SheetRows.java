package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The rows of one sheet, pulled one at a time from the sheet's XML so a large sheet is never held
 * in memory. Each cell is given as the text Excel shows for it; a formula by the result Excel
 * saved. A cell is read to at most one character more than Excel's cells hold, and a row to at most
 * {@link WorkbookLimits#ROW_CHARACTERS}: more is a problem of the row, and is not kept.
 */
final class SheetRows implements AutoCloseable {

  /** A sheet row's cells, in column order from column A, and what could not be read. */
  record SheetRow(int number, List<String> texts, List<ImportProblem> problems) {}

  private static final int LAST_COLUMN = 16_384;

  private static final int CELL_READ = WorkbookLimits.CELL_CHARACTERS + 1;

  private final String fileName;
  private final XMLStreamReader xml;
  private final SharedStringsFile strings;
  private final NumberFormats formats;
  private final boolean date1904;
  private long lastRow;

  SheetRows(
      String fileName,
      InputStream sheet,
      SharedStringsFile strings,
      NumberFormats formats,
      boolean date1904)
      throws XMLStreamException {
    this.fileName = fileName;
    this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
    this.strings = strings;
    this.formats = formats;
    this.date1904 = date1904;
  }

  /** The next row the sheet writes, or null after the last. */
  SheetRow next() throws XMLStreamException, IOException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
        String r = xml.getAttributeValue(null, "r");
        lastRow = r == null ? lastRow + 1 : Long.parseLong(r.strip());
        if (lastRow > WorkbookLimits.LAST_ROW) {
          throw new UnreadableFileException(
              ImportProblem.inFile(
                  fileName,
                  "the sheet has a row "
                      + lastRow
                      + ", past Excel's last row ("
                      + WorkbookLimits.LAST_ROW
                      + ")"));
        }
        return readRow((int) lastRow);
      }
    }
    return null;
  }

  private SheetRow readRow(int number) throws XMLStreamException, IOException {
    List<String> texts = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    int column = -1;
    long characters = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
        String ref = xml.getAttributeValue(null, "r");
        column = ref == null ? column + 1 : columnOf(ref);
        Cell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
        if (column < 0 || column >= LAST_COLUMN || characters > WorkbookLimits.ROW_CHARACTERS) {
          continue;
        }
        characters += cell.text().length();
        if (characters > WorkbookLimits.ROW_CHARACTERS) {
          problems.add(
              new ImportProblem(
                  fileName,
                  number,
                  "",
                  "the row holds more than "
                      + String.format(Locale.UK, "%,d", WorkbookLimits.ROW_CHARACTERS)
                      + " characters, the most Beacon reads of a row"));
          continue;
        }
        while (texts.size() <= column) {
          texts.add("");
        }
        if (cell.text().length() > WorkbookLimits.CELL_CHARACTERS) {
          problems.add(
              new ImportProblem(
                  fileName,
                  number,
                  "",
                  "cell "
                      + (ref == null ? "" : ref + " ")
                      + "holds more than "
                      + String.format(Locale.UK, "%,d", WorkbookLimits.CELL_CHARACTERS)
                      + " characters, the most a cell of Excel holds"));
          continue;
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
  private Cell readCell(String type, String style) throws XMLStreamException, IOException {
    StringBuilder value = null;
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
          value = new StringBuilder();
          XmlText.append(xml, value, CELL_READ);
        } else if ("f".equals(name)) {
          formula = true;
          XmlText.skip(xml);
        } else if ("t".equals(name)) {
          XmlText.append(xml, inline, CELL_READ);
        } else if ("rPh".equals(name)) {
          XmlText.skip(xml);
        }
      }
    }
    if ("inlineStr".equals(type)) {
      return new Cell(inline.toString(), false);
    }
    if (value == null) {
      return new Cell("", formula);
    }
    return new Cell(text(type, style, value.toString()), false);
  }

  private String text(String type, String style, String value) throws IOException {
    if (type == null || "n".equals(type)) {
      NumberFormats.NumberFormat format = formats.of(style);
      return ExcelCellText.number(value, format.index(), format.pattern(), date1904);
    }
    switch (type) {
      case "s":
        return strings.text(Integer.parseInt(value.strip()));
      case "b":
        return "1".equals(value.strip()) ? "TRUE" : "FALSE";
      default:
        return value;
    }
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
