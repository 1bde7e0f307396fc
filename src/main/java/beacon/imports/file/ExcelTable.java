package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An Excel workbook (.xlsx) read as a table: the first sheet or the one named. The upload is kept
 * in a temporary file (a workbook is a zip, read from its end), checked against {@link
 * WorkbookLimits} before anything in it is read, and the sheet is read row by row with its shared
 * strings kept on disk, so memory stays flat however large the workbook. Row numbers are the
 * sheet's own; the header is the first row that is not blank.
 */
final class ExcelTable implements Table {

  private final String fileName;
  private final Path copy;
  private final OPCPackage workbook;
  private final SharedStringsFile strings;
  private final SheetRows rows;
  private final List<String> headings;
  private final RowReading reading;
  private boolean iterated;

  private ExcelTable(
      String fileName, Path copy, OPCPackage workbook, SharedStringsFile strings, SheetRows rows)
      throws XMLStreamException, IOException {
    this.fileName = fileName;
    this.copy = copy;
    this.workbook = workbook;
    this.strings = strings;
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

  static ExcelTable read(String fileName, InputStream content, String sheet, FileSizeLimit limit) {
    WorkbookLimits limits = new WorkbookLimits(fileName, limit);
    Path copy = null;
    ZipFile zip = null;
    OPCPackage workbook = null;
    SharedStringsFile strings = null;
    try {
      copy = Files.createTempFile("beacon-import-", ".xlsx");
      Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
      zip = ZipFile.builder().setPath(copy).get();
      limits.check(zip);
      workbook = OPCPackage.open(new ZipFileZipEntrySource(zip));
      PackagePart workbookPart = workbookPart(workbook);
      WorkbookPart found;
      try (InputStream xml = open(limits, workbookPart)) {
        found = WorkbookPart.read(fileName, xml, sheet);
      }
      NumberFormats formats = NumberFormats.none();
      PackagePart styles = first(workbook, XSSFRelation.STYLES.getContentType());
      if (styles != null) {
        try (InputStream xml = open(limits, styles)) {
          formats = NumberFormats.read(xml, limits::refused);
        }
      }
      strings = SharedStringsFile.none();
      PackagePart shared = first(workbook, XSSFRelation.SHARED_STRINGS.getContentType());
      if (shared != null) {
        try (InputStream xml = open(limits, shared)) {
          strings = SharedStringsFile.read(xml);
        }
      }
      PackagePart sheetPart = sheetPart(workbookPart, found);
      SheetRows rows =
          new SheetRows(fileName, open(limits, sheetPart), strings, formats, found.date1904());
      return new ExcelTable(fileName, copy, workbook, strings, rows);
    } catch (UnreadableFileException e) {
      discard(strings, workbook, zip, copy);
      throw e;
    } catch (Exception e) {
      discard(strings, workbook, zip, copy);
      throw notAWorkbook(fileName, e);
    }
  }

  /** The workbook's own part, which the package's relationships name. */
  private static PackagePart workbookPart(OPCPackage workbook) throws Exception {
    PackageRelationshipCollection core =
        workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (core.isEmpty()) {
      core = workbook.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackagePart part = core.isEmpty() ? null : workbook.getPart(core.getRelationship(0));
    if (part == null) {
      throw new IllegalArgumentException("it has no workbook part");
    }
    return part;
  }

  private static PackagePart sheetPart(PackagePart workbookPart, WorkbookPart found)
      throws Exception {
    PackageRelationship relationship = workbookPart.getRelationship(found.sheetRelationship());
    PackagePart part = relationship == null ? null : workbookPart.getRelatedPart(relationship);
    if (part == null) {
      throw new IllegalArgumentException(
          "the workbook names a sheet '" + found.sheetName() + "' that it does not have");
    }
    return part;
  }

  private static PackagePart first(OPCPackage workbook, String contentType) {
    List<PackagePart> parts = workbook.getPartsByContentType(contentType);
    return parts.isEmpty() ? null : parts.get(0);
  }

  /** The part's XML, refused as it is read when it is not as a spreadsheet program writes it. */
  private static InputStream open(WorkbookLimits limits, PackagePart part) throws IOException {
    String name = part.getPartName().getName();
    return limits.markupLimited(
        name.startsWith("/") ? name.substring(1) : name, part.getInputStream());
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
      discard(strings, workbook, null, copy);
    }
  }

  /** Closes what is open of the workbook and deletes its copy and its shared strings' files. */
  private static void discard(
      SharedStringsFile strings, OPCPackage workbook, ZipFile zip, Path copy) {
    if (strings != null) {
      strings.close();
    }
    if (workbook != null) {
      workbook.revert();
    } else if (zip != null) {
      try {
        zip.close();
      } catch (IOException e) {
        // the copy is deleted next
      }
    }
    if (copy != null) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
