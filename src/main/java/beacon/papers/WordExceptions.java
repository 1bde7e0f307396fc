package beacon.papers;

import beacon.rules.rating.RagWords;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The exceptions paper in Word (seed 000): per portfolio, its good performance and then its lower
 * than expected performance, each a numbered table.
 */
final class WordExceptions {

  private static final List<String> COLUMNS =
      List.of("No.", "Measure", "Target", "Current position", "RAG", "Benchmarking", "Commentary");

  private WordExceptions() {}

  static void write(WordDocument word, Paper paper) {
    for (Paper.Section section : paper.sections()) {
      if (section.startsGroup() && !section.group().isEmpty()) {
        word.heading(1, section.group());
      }
      word.heading(2, section.section());
      table(word, section.lines(), paper.organisation().ragWords());
    }
  }

  private static void table(WordDocument word, List<PaperLine> lines, RagWords words) {
    XWPFTable table = word.table(COLUMNS, lines.size(), 4, 22, 8, 10, 7, 15, 34);
    for (int i = 0; i < lines.size(); i++) {
      PaperLine line = lines.get(i);
      XWPFTableRow row = table.getRow(i + 1);
      WordCells.text(row.getCell(0), String.valueOf(line.number()), false);
      WordCells.text(row.getCell(1), line.measure(), false);
      WordCells.text(row.getCell(2), line.target(), false);
      WordCells.text(row.getCell(3), WordLines.valueWithLag(line), false);
      WordCells.rating(
          row.getCell(4), words.word(line.rag()).toUpperCase(Locale.UK), line.rag(), words);
      WordCells.text(row.getCell(5), line.benchmarks(), false);
      XWPFTableCell commentary = row.getCell(6);
      word.commentary(
          WordCells.paragraphsOf(commentary),
          line.commentaryAsPrinted(),
          line.improvementActions(),
          WordCells.TABLE_POINTS);
    }
  }
}
