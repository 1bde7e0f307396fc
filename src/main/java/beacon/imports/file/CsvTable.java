package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a table, one record at a time. Row numbers count records as a spreadsheet
 * opening the file would: a quoted cell running over several lines is still one row, a blank line
 * is a row (skipped, but counted).
 */
final class CsvTable implements Table {

  private final String fileName;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> headings;
  private final RowReading reading;
  private int rowNumber;
  private boolean iterated;

  private CsvTable(String fileName, CSVParser parser) {
    this.fileName = fileName;
    this.parser = parser;
    this.records = parser.iterator();
    List<String> header = List.of();
    while (header.isEmpty() && hasNextRecord()) {
      rowNumber++;
      List<String> texts = nextRecord().toList();
      header = RowReading.blank(texts) ? List.of() : RowReading.headings(texts);
    }
    if (header.isEmpty()) {
      throw new UnreadableFileException(
          ImportProblem.inFile(fileName, "the file is empty: it has no header row"));
    }
    this.headings = header;
    this.reading = new RowReading(fileName, headings);
  }

  static CsvTable read(String fileName, InputStream content) {
    try {
      CsvText text = CsvText.of(content);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(text.separator())
              .setIgnoreEmptyLines(false)
              .setTrim(false)
              .get();
      CSVParser parser = CSVParser.builder().setReader(text.reader()).setFormat(format).get();
      try {
        return new CsvTable(fileName, parser);
      } catch (RuntimeException e) {
        parser.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UnreadableFileException(
          ImportProblem.inFile(fileName, "the file cannot be read: " + e.getMessage()));
    }
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

      @Override
      public boolean hasNext() {
        while (next == null && hasNextRecord()) {
          rowNumber++;
          List<String> texts = nextRecord().toList();
          if (!RowReading.blank(texts)) {
            next = reading.row(rowNumber, texts, List.of());
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

  private boolean hasNextRecord() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw broken(e);
    }
  }

  private CSVRecord nextRecord() {
    try {
      return records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw broken(e);
    }
  }

  /**
   * The parser stops at a quote left open or text after a closing quote; the file cannot be read
   * past it.
   */
  private UnreadableFileException broken(RuntimeException e) {
    if (e.getCause() instanceof UnreadableFileException tooLarge) {
      return tooLarge;
    }
    return new UnreadableFileException(
        new ImportProblem(
            fileName,
            rowNumber + 1,
            "",
            "the file cannot be read from this row on: a quote is not closed, or there is text"
                + " after a closing quote ("
                + e.getMessage()
                + ")"));
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
