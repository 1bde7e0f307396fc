package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * How much of an Excel workbook Beacon reads, so that reading one takes the same little memory and
 * a bounded time whatever the file: a workbook is a zip of XML parts that can unpack to far more
 * than its size. Each limit is as large as anything a spreadsheet program saves, or, for what Excel
 * itself limits, Excel's own.
 *
 * <p>The zip is checked before anything in it is read: every part is unpacked once and its bytes
 * counted, whatever the zip's headers say of its size.
 */
final class WorkbookLimits {

  /** A workbook unpacks to at most this many times the limit on files: 1000 MB for 50 MB. */
  static final int UNPACKED_TIMES_FILE_LIMIT = 20;

  /** Excel saves a few dozen parts; a workbook of pictures a few hundred. */
  static final int MOST_PARTS = 1000;

  /** The package's list of parts and its relationships, which are read whole. */
  static final FileSizeLimit WHOLE_PART = FileSizeLimit.megabytes(4);

  /** One tag with its attributes, a comment or instruction: the XML reader holds each whole. */
  static final FileSizeLimit MARKUP = FileSizeLimit.megabytes(1);

  /** Excel's own limits. */
  static final int CELL_CHARACTERS = 32_767;

  static final int LAST_ROW = 1_048_576;
  static final int MOST_CELL_STYLES = 64_000;

  /** The most text Beacon reads of one row: thirty cells as full as Excel allows. */
  static final int ROW_CHARACTERS = 1_000_000;

  private final String fileName;
  private final FileSizeLimit fileLimit;

  WorkbookLimits(String fileName, FileSizeLimit fileLimit) {
    this.fileName = fileName;
    this.fileLimit = fileLimit;
  }

  /** The most a workbook unpacks to. */
  FileSizeLimit unpacked() {
    return new FileSizeLimit(fileLimit.bytes() * UNPACKED_TIMES_FILE_LIMIT);
  }

  /**
   * Unpacks every part of the zip, counting its bytes, and refuses the workbook when it has more
   * parts than {@link #MOST_PARTS}, unpacks to more than {@link #unpacked()}, or has a part read
   * whole that is larger than {@link #WHOLE_PART}.
   */
  void check(ZipFile zip) throws IOException {
    List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
    if (entries.size() > MOST_PARTS) {
      throw refused(
          "the workbook holds more than "
              + MOST_PARTS
              + " parts, more than a spreadsheet program saves: save it again from Excel, or as"
              + " CSV");
    }
    long unpacked = 0;
    byte[] buffer = new byte[64 * 1024];
    for (ZipArchiveEntry entry : entries) {
      long partLimit = readWhole(entry.getName()) ? WHOLE_PART.bytes() : Long.MAX_VALUE;
      long part = 0;
      try (InputStream in = zip.getInputStream(entry)) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          part += n;
          unpacked += n;
          if (part > partLimit) {
            throw refused(
                "the workbook's part "
                    + entry.getName()
                    + " unpacks to more than "
                    + WHOLE_PART
                    + ", the most Beacon reads of a part it holds whole");
          }
          if (unpacked > unpacked().bytes()) {
            throw refused(
                "the workbook unpacks to more than "
                    + unpacked()
                    + ", the most Beacon reads ("
                    + UNPACKED_TIMES_FILE_LIMIT
                    + " times the "
                    + fileLimit
                    + " limit on files)");
          }
        }
      }
    }
  }

  /** The package's list of its parts, and its relationships, which POI reads whole. */
  private static boolean readWhole(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("[content_types].xml") || lower.endsWith(".rels");
  }

  /**
   * The part's XML, refused as it is read when a tag is longer than {@link #MARKUP}, or when it is
   * not XML as spreadsheet programs write it ({@link MarkupLimit}).
   */
  InputStream markupLimited(String part, InputStream xml) {
    return new MarkupLimit(
        xml,
        MARKUP,
        what ->
            refused(
                "the workbook's part "
                    + part
                    + " "
                    + what
                    + ", which no spreadsheet program writes: save it again from Excel, or as CSV"));
  }

  UnreadableFileException refused(String message) {
    return new UnreadableFileException(ImportProblem.inFile(fileName, message));
  }
}
