package beacon.national.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The records of a CSV file (RFC 4180: commas, double quotes, a doubled quote inside quotes, line
 * breaks inside quotes), read one at a time from a stream. A byte order mark before the first
 * heading is dropped. Record numbers count the header as record 1, as a spreadsheet would.
 */
final class CsvRecords {

  private static final int BUFFER = 64 * 1024;

  private final String fileName;
  private final Reader reader;
  private final char[] buffer = new char[BUFFER];
  private final StringBuilder cell = new StringBuilder();
  private int length;
  private int position;
  private int recordNumber;

  CsvRecords(String fileName, Reader reader) {
    this.fileName = fileName;
    this.reader = reader;
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
    if (peek() < 0) {
      return null;
    }
    recordNumber++;
    List<String> cells = new ArrayList<>(8);
    while (true) {
      cell.setLength(0);
      int c = peek();
      if (c == '"') {
        position++;
        quoted();
        c = peek();
      } else {
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
          cell.append((char) c);
          position++;
          c = peek();
        }
      }
      cells.add(cells.isEmpty() && recordNumber == 1 ? withoutByteOrderMark() : cell.toString());
      if (c == ',') {
        position++;
        continue;
      }
      if (c == '\r') {
        position++;
        if (peek() == '\n') {
          position++;
        }
      } else if (c == '\n') {
        position++;
      } else if (c >= 0) {
        throw problem("text after a closing quote");
      }
      return cells;
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

  private void quoted() {
    while (true) {
      int c = peek();
      if (c < 0) {
        throw problem("a quote is not closed");
      }
      position++;
      if (c == '"') {
        if (peek() == '"') {
          cell.append('"');
          position++;
        } else {
          return;
        }
      } else {
        cell.append((char) c);
      }
    }
  }

  private String withoutByteOrderMark() {
    return cell.length() > 0 && cell.charAt(0) == '\uFEFF' ? cell.substring(1) : cell.toString();
  }

  private int peek() {
    if (position == length) {
      try {
        length = reader.read(buffer);
      } catch (IOException e) {
        throw new UncheckedIOException(fileName + " cannot be read", e);
      }
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position];
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
