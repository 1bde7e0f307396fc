package beacon.national.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file (RFC 4180: commas, double quotes, a doubled quote inside quotes, line
 * breaks inside quotes), read one at a time from a stream by Apache Commons CSV, as the imports
 * read theirs. A byte order mark before the first heading is dropped; a blank line is a record of
 * one empty cell. Record numbers count the header as record 1, as a spreadsheet would.
 */
final class CsvRecords {

  private static final int BUFFER = 64 * 1024;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();

  private final String fileName;
  private final Iterator<CSVRecord> records;
  private int recordNumber;

  CsvRecords(String fileName, Reader reader) {
    this.fileName = fileName;
    try {
      this.records =
          CSVParser.builder()
              .setReader(withoutByteOrderMark(reader))
              .setFormat(FORMAT)
              .get()
              .iterator();
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + " cannot be read", e);
    }
  }

  /** The records of a UTF-8 file. */
  static CsvRecords of(String fileName, InputStream content) {
    if (content == null) {
      throw new NationalFileException(fileName + " is not there");
    }
    return new CsvRecords(fileName, new InputStreamReader(content, StandardCharsets.UTF_8));
  }

  /** The records of a gzip-compressed UTF-8 file. */
  static CsvRecords ofGzipped(String fileName, InputStream gzipped) {
    if (gzipped == null) {
      throw new NationalFileException(fileName + " is not there");
    }
    try {
      return of(fileName, new GZIPInputStream(gzipped, BUFFER));
    } catch (IOException e) {
      throw new NationalFileException(fileName + " is not a gzip file", e);
    }
  }

  /** The header: the first record, which must be there. */
  Header header() {
    List<String> headings = next();
    if (headings == null) {
      throw new NationalFileException(fileName + " is empty: it has no header row");
    }
    return new Header(this, headings);
  }

  /** The next record's cells, or null at the end of the file. */
  List<String> next() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      List<String> cells = records.next().toList();
      recordNumber++;
      return cells;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CSVException broken) {
        recordNumber++;
        throw problem(whatIsWrong(broken));
      }
      throw new UncheckedIOException(fileName + " cannot be read", e.getCause());
    }
  }

  /** The number of the record last returned, counting the header as 1. */
  int recordNumber() {
    return recordNumber;
  }

  /** A problem with the record last read (or being read), naming the file and the row. */
  NationalFileException problem(String what) {
    return new NationalFileException(fileName + ", row " + recordNumber + ": " + what);
  }

  /** What stopped the parser, in words: it says so only in its message. */
  private static String whatIsWrong(CSVException broken) {
    String said = String.valueOf(broken.getMessage());
    if (said.contains("EOF reached before encapsulated token finished")) {
      return "a quote is not closed";
    }
    if (said.contains("Invalid character between encapsulated token and delimiter")) {
      return "text after a closing quote";
    }
    return "it cannot be read (" + said + ")";
  }

  /** The text without the byte order mark a file may start with. */
  private Reader withoutByteOrderMark(Reader reader) {
    BufferedReader text = new BufferedReader(reader, BUFFER);
    try {
      text.mark(1);
      if (text.read() != BYTE_ORDER_MARK) {
        text.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + " cannot be read", e);
    }
    return text;
  }

  /** The headings of a file, to find a column by its heading. */
  record Header(CsvRecords records, List<String> headings) {

    /** The position of the first column with this heading (ignoring case and outer spaces). */
    int column(String heading) {
      for (int i = 0; i < headings.size(); i++) {
        if (headings.get(i).strip().equalsIgnoreCase(heading)) {
          return i;
        }
      }
      throw new NationalFileException(
          records.fileName + " has no column \"" + heading + "\" (its headings: " + headings + ")");
    }
  }
}
