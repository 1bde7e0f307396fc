package beacon.papers;

import beacon.rules.rating.RagWords;
import beacon.trend.TrendChart;
import beacon.trend.TrendPicture;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The indicator blocks in Word (seed 002): per portfolio, a section per rating, and in it a block
 * per indicator: what it is and where it stands, its trend chart and the chart's data, its
 * benchmarking, commentary and improvement actions.
 */
final class WordIndicatorBlocks {

  static final List<String> SUMMARY =
      List.of("PI", "Aim to", "Current Value", "Target", "RAG", "Benchmarking");
  static final List<String> TREND = List.of("Period", "Value", "Target", "RAG");
  static final String CHART_DATA = "Trend chart data";
  static final String NONE_AVAILABLE = "None available";
  static final String COMMENTARY = "Commentary";

  /** The chart's width on the page, in points. */
  private static final int CHART_POINTS = 450;

  private WordIndicatorBlocks() {}

  static void write(WordDocument word, Paper paper) {
    for (Paper.Section section : paper.sections()) {
      if (section.startsGroup()) {
        word.heading(1, section.group());
      }
      word.heading(2, section.section());
      for (PaperLine line : section.lines()) {
        block(word, line, paper.organisation().ragWords());
      }
    }
  }

  private static void block(WordDocument word, PaperLine line, RagWords words) {
    XWPFTable summary = word.table(SUMMARY, 1, 32, 12, 14, 10, 9, 23);
    XWPFTableRow row = summary.getRow(1);
    WordCells.text(row.getCell(0), line.measure(), true);
    row.getCell(0).getParagraphs().get(0).setStyle("Heading3");
    WordCells.text(row.getCell(1), WordLines.orEmpty(line.aimTo()), false);
    WordCells.text(row.getCell(2), WordLines.valueWithLag(line), false);
    WordCells.text(row.getCell(3), line.target(), false);
    WordCells.rating(
        row.getCell(4), words.word(line.rag()).toUpperCase(Locale.UK), line.rag(), words);
    WordCells.text(
        row.getCell(5), line.benchmarks().isEmpty() ? NONE_AVAILABLE : line.benchmarks(), false);
    WordCells.keepWithNext(summary.getRow(0));
    WordCells.keepWithNext(row);
    TrendChart chart = line.trendChart();
    if (chart != null) {
      word.picture(
          TrendPicture.png(chart),
          TrendPicture.width(),
          TrendPicture.height(),
          CHART_POINTS,
          "Trend chart: " + line.measure(),
          line.trendDescription());
    }
    if (!line.trend().isEmpty()) {
      word.bold(CHART_DATA);
      XWPFTable data = word.table(TREND, line.trend().size(), 40, 20, 20, 20);
      for (int i = 0; i < line.trend().size(); i++) {
        RecentValue recent = line.trend().get(i);
        XWPFTableRow dataRow = data.getRow(i + 1);
        WordCells.text(dataRow.getCell(0), recent.label(), false);
        WordCells.text(dataRow.getCell(1), recent.value(), false);
        WordCells.text(dataRow.getCell(2), recent.target(), false);
        WordCells.rating(dataRow.getCell(3), words.word(recent.rag()), recent.rag(), words);
      }
    }
    if (!line.commentaryAsPrinted().isEmpty() || !line.improvementActions().isEmpty()) {
      word.bold(COMMENTARY);
      word.commentary(word.body(), line.commentaryAsPrinted(), line.improvementActions(), null);
    }
    word.paragraph(null, "");
  }
}
