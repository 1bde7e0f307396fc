package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Opens an uploaded file as a {@link Table}, reading it by its name: {@code .csv} and {@code .txt}
 * as CSV, {@code .xlsx} as an Excel workbook.
 *
 * <p>Reading a table throws only {@link UnreadableFileException}: on opening (wrong kind of file, a
 * control character in its name, over the size limit, no header, no such sheet) and while its rows
 * are read (the size limit passed part way, a quote never closed, a damaged workbook). A row that
 * is readable but not whole (more cells than headings, a formula with no saved result) comes with
 * its {@link TableRow#problems()}.
 */
public final class TableFiles {

  private TableFiles() {}

  /**
   * @param fileName the file's name as uploaded, which says how to read it
   * @param content the file's bytes; the table owns it and closes it with the table
   * @param sheet the sheet of a workbook to read; null or blank for the first (ignored for CSV)
   * @param sizeLimitBytes the largest file read; a larger one is refused as soon as that many bytes
   *     have been read
   */
  public static Table open(
      String fileName, InputStream content, String sheet, long sizeLimitBytes) {
    if (hasControlCharacter(fileName)) {
      throw new UnreadableFileException(
          ImportProblem.inFile(
              printable(fileName),
              "the file's name has a control character in it, which no file name may have: rename"
                  + " the file and import it again"));
    }
    boolean workbook = workbook(fileName);
    FileSizeLimit limit = new FileSizeLimit(sizeLimitBytes);
    InputStream counted = limit.counting(fileName, content);
    try {
      return workbook
          ? ExcelTable.read(fileName, counted, sheet, limit)
          : CsvTable.read(fileName, counted);
    } catch (RuntimeException e) {
      closeQuietly(counted);
      throw e;
    } finally {
      if (workbook) {
        closeQuietly(counted);
      }
    }
  }

  /**
   * As {@link #open(String, InputStream, String, long)}, refusing at once a file whose length (an
   * upload's size) is over the limit.
   */
  public static Table open(
      String fileName, long length, InputStream content, String sheet, long sizeLimitBytes) {
    new FileSizeLimit(sizeLimitBytes).refuseIfOver(fileName, length);
    return open(fileName, content, sheet, sizeLimitBytes);
  }

  /** Whether the name has a control character (a NUL, a bell, a line break) in it. */
  public static boolean hasControlCharacter(String fileName) {
    return fileName != null && fileName.chars().anyMatch(Character::isISOControl);
  }

  /** The name with each control character shown as "?". */
  private static String printable(String fileName) {
    StringBuilder name = new StringBuilder(fileName.length());
    fileName.chars().forEach(c -> name.append(Character.isISOControl(c) ? '?' : (char) c));
    return name.toString();
  }

  /** Whether the file is an Excel workbook (or else CSV), by its name. */
  private static boolean workbook(String fileName) {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.UK);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return false;
    }
    if (name.endsWith(".xlsx")) {
      return true;
    }
    String hint =
        name.endsWith(".xls") || name.endsWith(".xlsm") || name.endsWith(".ods")
            ? ": save it from Excel as Excel Workbook (.xlsx) or as CSV"
            : "";
    throw new UnreadableFileException(
        ImportProblem.inFile(
            fileName,
            "the file is not one Beacon can read: it reads CSV files (.csv or .txt) and Excel"
                + " workbooks (.xlsx)"
                + hint));
  }

  /** The workbook is copied whole before it is read; its upload is not needed after. */
  private static void closeQuietly(InputStream content) {
    try {
      content.close();
    } catch (IOException | RuntimeException e) {
      // nothing more is read from it
    }
  }
}
