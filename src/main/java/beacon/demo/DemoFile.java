package beacon.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One of the demonstration data files shipped in the jar under {@code demo/}. */
final class DemoFile {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private DemoFile() {}

  static List<Row> rows(String name) {
    String path = "demo/" + name;
    try (InputStream in = DemoFile.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "The demonstration file " + path + " is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return FORMAT.parse(reader).getRecords().stream()
            .map(record -> new Row(name, record))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path, e);
    }
  }

  /** A row of a demonstration file; empty fields read as null. */
  record Row(String file, CSVRecord record) {

    String text(String column) {
      String value = record.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
      String value = text(column);
      if (value == null) {
        throw new IllegalStateException(
            file + " row " + record.getRecordNumber() + ": " + column + " is empty");
      }
      return value;
    }

    BigDecimal number(String column) {
      String value = text(column);
      return value == null ? null : new BigDecimal(value);
    }

    int integer(String column, int otherwise) {
      String value = text(column);
      return value == null ? otherwise : Integer.parseInt(value);
    }
  }
}
