package beacon.papers;

import beacon.rules.rating.RagWords;
import beacon.trend.TrendPicture;
import java.util.ArrayList;
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
  static final String TREND_RAG = "RAG";
  static final String CHART_DATA = "Trend chart data";
  static final String NONE_AVAILABLE = "None available";
  static final String COMMENTARY = "Commentary";
  static final String NO_TREND = "No earlier values to chart.";

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
    PaperTrend trend = line.trendAsPrinted();
    if (trend.charted()) {
      word.picture(
          TrendPicture.png(trend.chart(), trend.key()),
          TrendPicture.width(),
          TrendPicture.height(),
          CHART_POINTS,
          "Trend chart: " + line.measure(),
          line.trendDescription());
      word.bold(CHART_DATA);
      List<String> headings = new ArrayList<>(trend.headings());
      headings.add(TREND_RAG);
      XWPFTable data = word.table(headings, trend.points().size(), 25, 25, 30, 20);
      for (int i = 0; i < trend.points().size(); i++) {
        RecentValue recent = trend.points().get(i);
        XWPFTableRow dataRow = data.getRow(i + 1);
        WordCells.text(dataRow.getCell(0), recent.label(), false);
        WordCells.text(dataRow.getCell(1), trend.value(recent), false);
        WordCells.text(dataRow.getCell(2), trend.target(recent), false);
        WordCells.rating(dataRow.getCell(3), words.word(recent.rag()), recent.rag(), words);
      }
    } else {
      word.paragraph(null, NO_TREND);
    }
    if (!line.commentaryAsPrinted().isEmpty() || !line.improvementActions().isEmpty()) {
      word.bold(COMMENTARY);
      word.commentary(word.body(), line.commentaryAsPrinted(), line.improvementActions(), null);
    }
    word.paragraph(null, "");
  }
}
