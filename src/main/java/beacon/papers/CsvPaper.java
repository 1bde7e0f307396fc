package beacon.papers;

import beacon.rules.rating.RagWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A paper as CSV with a header row. A cell a spreadsheet would read as a formula (one beginning
 * with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, so that
 * opening the file cannot run anything.
 */
public final class CsvPaper {

  /**
   * Written first, so that Excel reads the file as UTF-8 and shows "’" and "–" as they are, not as
   * "â€™".
   */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvPaper() {}

  /** The column indicator blocks add: each trend figure, as its table prints it. */
  static final String TREND = "Trend";

  public static void write(Paper paper, Writer out) {
    boolean blocks = paper.layout() == Layout.INDICATOR_BLOCKS;
    List<String> headings = new ArrayList<>(PaperColumns.headings(paper));
    if (blocks) {
      headings.add(TREND);
    }
    try {
      out.write(BYTE_ORDER_MARK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (CSVPrinter csv =
        CSVFormat.RFC4180.builder().setHeader(headings.toArray(String[]::new)).get().print(out)) {
      for (PaperLine line : paper.lines()) {
        List<String> cells = new ArrayList<>(PaperColumns.texts(line, paper));
        if (blocks) {
          cells.add(trend(line, paper.organisation().ragWords()));
        }
        csv.printRecord(cells.stream().map(CsvPaper::neutralised).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * "Q1 2021/22: 32% against a target of 28%, Red; Q2 2021/22: ...", or "Q4 2022/23: 95%" where a
   * period had no target.
   */
  static String trend(PaperLine line, RagWords words) {
    List<String> points = new ArrayList<>();
    for (RecentValue point : line.trend()) {
      String figure = point.label() + ": " + (point.value().isEmpty() ? "no value" : point.value());
      if (!point.target().isEmpty()) {
        figure += " against a target of " + point.target() + ", " + words.word(point.rag());
      }
      points.add(figure);
    }
    return String.join("; ", points);
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
