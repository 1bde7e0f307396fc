package beacon.papers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A paper as CSV with a header row. A cell a spreadsheet would read as a formula (one beginning
 * with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, so that
 * opening the file cannot run anything.
 */
public final class CsvPaper {

  private CsvPaper() {}

  public static void write(Paper paper, Writer out) {
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(PaperColumns.headings(paper).toArray(String[]::new))
            .get()
            .print(out)) {
      for (PaperLine line : paper.lines()) {
        csv.printRecord(
            PaperColumns.texts(line, paper).stream().map(CsvPaper::neutralised).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell as text no spreadsheet reads as a formula. */
  static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + cell : cell;
  }
}
