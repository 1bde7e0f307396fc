package beacon.papers;

import beacon.rules.rating.RagWords;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The scorecard in Word (seed 001): a heading per priority and per theme, and a table per theme
 * with the indicators' last five quarters beside their target, rating, benchmarks and commentary.
 */
final class WordScorecard {

  static final String MEASURE = "Measure";
  static final String GOOD_TO_BE = "Good to be";
  static final String DATA_PERIOD = "Data period";
  static final String TARGET = "Target";
  static final String LATEST = "Latest performance (RAG)";
  static final String BENCHMARKS = "Benchmarks";

  private WordScorecard() {}

  static void write(WordDocument word, Paper paper) {
    List<String> headings = headings(paper);
    for (Paper.Section section : paper.sections()) {
      if (section.startsGroup()) {
        word.heading(1, section.group());
        if (!section.description().isEmpty()) {
          word.paragraph(null, section.description());
        }
      }
      word.heading(2, section.section());
      table(word, headings, section.lines(), paper.organisation().ragWords());
    }
  }

  /** Measure, Good to be, Data period, Target, the five quarters, then the rating and the rest. */
  static List<String> headings(Paper paper) {
    List<String> headings = new ArrayList<>(List.of(MEASURE, GOOD_TO_BE, DATA_PERIOD, TARGET));
    headings.addAll(paper.columnHeadings());
    headings.addAll(List.of(LATEST, BENCHMARKS, paper.commentaryHeading()));
    return headings;
  }

  private static void table(
      WordDocument word, List<String> headings, List<PaperLine> lines, RagWords words) {
    int periods = headings.size() - 7;
    int[] widths = new int[headings.size()];
    int column = 0;
    widths[column++] = 16;
    widths[column++] = 5;
    widths[column++] = 8;
    widths[column++] = 7;
    for (int i = 0; i < periods; i++) {
      widths[column++] = 5;
    }
    widths[column++] = 9;
    widths[column++] = 11;
    widths[column] = 100 - 56 - 5 * periods;
    XWPFTable table = word.table(headings, lines.size(), widths);
    for (int i = 0; i < lines.size(); i++) {
      PaperLine line = lines.get(i);
      XWPFTableRow row = table.getRow(i + 1);
      int cell = 0;
      WordCells.text(row.getCell(cell++), line.number() + ". " + line.measure(), false);
      WordCells.text(row.getCell(cell++), line.goodToBe(), false);
      String dataPeriod = WordLines.orEmpty(line.dataPeriod());
      if (line.lagNote() != null) {
        dataPeriod = dataPeriod.isEmpty() ? line.lagNote() : dataPeriod + "\n" + line.lagNote();
      }
      WordCells.text(row.getCell(cell++), dataPeriod, false);
      WordCells.text(row.getCell(cell++), line.target(), false);
      for (int period = 0; period < periods; period++) {
        String value = period < line.columns().size() ? line.columns().get(period).value() : "";
        WordCells.text(row.getCell(cell++), value, false);
      }
      WordCells.rating(row.getCell(cell++), words.word(line.rag()), line.rag(), words);
      WordCells.text(row.getCell(cell++), line.benchmarks(), false);
      word.commentary(
          WordCells.paragraphsOf(row.getCell(cell)),
          line.commentaryAsPrinted(),
          line.improvementActions(),
          WordCells.TABLE_POINTS);
    }
  }
}
