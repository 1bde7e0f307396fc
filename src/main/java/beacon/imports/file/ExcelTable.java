package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An Excel workbook (.xlsx) read as a table: the first sheet or the one named. The upload is kept
 * in a temporary file (a workbook is a zip, read from its end), and the sheet is read row by row,
 * so memory stays flat however long the sheet. Row numbers are the sheet's own; the header is the
 * first row that is not blank.
 */
final class ExcelTable implements Table {

  private final String fileName;
  private final Path copy;
  private final OPCPackage workbook;
  private final SheetRows rows;
  private final List<String> headings;
  private final RowReading reading;
  private boolean iterated;

  private ExcelTable(String fileName, Path copy, OPCPackage workbook, SheetRows rows)
      throws XMLStreamException {
    this.fileName = fileName;
    this.copy = copy;
    this.workbook = workbook;
    this.rows = rows;
    List<String> header = List.of();
    SheetRows.SheetRow row;
    while (header.isEmpty() && (row = rows.next()) != null) {
      header = RowReading.headings(row.texts());
    }
    if (header.isEmpty()) {
      throw new UnreadableFileException(
          ImportProblem.inFile(fileName, "the sheet is empty: it has no header row"));
    }
    this.headings = header;
    this.reading = new RowReading(fileName, headings);
  }

  static ExcelTable read(String fileName, InputStream content, String sheet) {
    Path copy = null;
    OPCPackage workbook = null;
    try {
      copy = Files.createTempFile("beacon-import-", ".xlsx");
      Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
      workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(workbook);
      InputStream sheetXml = new Sheets(fileName, reader).open(sheet);
      SheetRows rows =
          new SheetRows(
              fileName,
              sheetXml,
              new ReadOnlySharedStringsTable(workbook),
              reader.getStylesTable(),
              date1904(reader));
      return new ExcelTable(fileName, copy, workbook, rows);
    } catch (UnreadableFileException e) {
      discard(workbook, copy);
      throw e;
    } catch (Exception e) {
      discard(workbook, copy);
      throw notAWorkbook(fileName, e);
    }
  }

  /** Whether the workbook counts its dates from 1904, as old Mac Excel did. */
  private static boolean date1904(XSSFReader reader) throws Exception {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && "workbookPr".equals(xml.getLocalName())) {
            String value = xml.getAttributeValue(null, "date1904");
            return "1".equals(value) || "true".equalsIgnoreCase(value);
          }
        }
        return false;
      } finally {
        xml.close();
      }
    }
  }

  private static UnreadableFileException notAWorkbook(String fileName, Exception e) {
    return new UnreadableFileException(
        ImportProblem.inFile(
            fileName,
            "the file cannot be read as an Excel workbook (.xlsx): open it in Excel and save it"
                + " again as Excel Workbook or as CSV"
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public List<String> headings() {
    return headings;
  }

  @Override
  public Iterator<TableRow> iterator() {
    if (iterated) {
      throw new IllegalStateException("The rows of " + fileName + " can be read only once");
    }
    iterated = true;
    return new Iterator<>() {
      private TableRow next;
      private boolean ended;

      @Override
      public boolean hasNext() {
        while (next == null && !ended) {
          SheetRows.SheetRow row = nextSheetRow();
          if (row == null) {
            ended = true;
          } else if (!RowReading.blank(row.texts()) || !row.problems().isEmpty()) {
            next = reading.row(row.number(), row.texts(), row.problems());
          }
        }
        return next != null;
      }

      @Override
      public TableRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        TableRow row = next;
        next = null;
        return row;
      }
    };
  }

  private SheetRows.SheetRow nextSheetRow() {
    try {
      return rows.next();
    } catch (UnreadableFileException e) {
      throw e;
    } catch (Exception e) {
      throw notAWorkbook(fileName, e);
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (XMLStreamException e) {
      // the sheet is closed with the workbook below
    } finally {
      discard(workbook, copy);
    }
  }

  private static void discard(OPCPackage workbook, Path copy) {
    if (workbook != null) {
      workbook.revert();
    }
    if (copy != null) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The workbook's sheets by name. */
  private record Sheets(String fileName, XSSFReader reader) {

    /** The sheet named, or the first when none is named. */
    InputStream open(String name) throws Exception {
      boolean first = name == null || name.isBlank();
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        InputStream sheet = sheets.next();
        String sheetName = sheets.getSheetName();
        if (first || sheetName.strip().equalsIgnoreCase(name.strip())) {
          return sheet;
        }
        sheet.close();
        names.add("'" + sheetName + "'");
      }
      throw new UnreadableFileException(
          ImportProblem.inFile(
              fileName,
              first
                  ? "the workbook has no sheets"
                  : "there is no sheet '"
                      + name
                      + "' in the workbook: its sheets are "
                      + String.join(", ", names)));
    }
  }
}
