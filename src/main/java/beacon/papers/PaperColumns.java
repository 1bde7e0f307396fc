package beacon.papers;

import beacon.rules.rating.RagWords;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a paper exported as a table: one row per indicator; a scorecard adds its five
 * quarter columns.
 */
final class PaperColumns {

  static final List<String> HEADINGS =
      List.of(
          "Section",
          "Number",
          "Code",
          "Measure",
          "Aim to",
          "Data period",
          "Target",
          "Target as printed",
          "Current position",
          "Current position as printed",
          "Period of the value",
          "Lag note",
          "RAG",
          "Benchmarking",
          "Commentary",
          "Improvement actions");

  private PaperColumns() {}

  /** The headings of a paper's table: {@link #HEADINGS}, then a scorecard's quarters. */
  static List<String> headings(Paper paper) {
    if (paper.layout() != Layout.SCORECARD) {
      return HEADINGS;
    }
    List<String> headings = new ArrayList<>(HEADINGS);
    headings.addAll(paper.columnHeadings());
    return headings;
  }

  /** A line's cells as text, in the order of {@link #headings}, its rating in the paper's words. */
  static List<String> texts(PaperLine line, Paper paper) {
    RagWords words = paper.organisation().ragWords();
    if (paper.layout() != Layout.SCORECARD) {
      return texts(line, words);
    }
    List<String> texts = new ArrayList<>(texts(line, words));
    line.columns().forEach(column -> texts.add(column.value()));
    return texts;
  }

  /** A line's cells as text, in the order of {@link #HEADINGS}. */
  static List<String> texts(PaperLine line, RagWords words) {
    return List.of(
        line.heading(),
        String.valueOf(line.number()),
        line.code(),
        line.measure(),
        orEmpty(line.aimTo()),
        orEmpty(line.dataPeriod()),
        line.targetNumber() == null ? "" : line.targetNumber().toPlainString(),
        line.target(),
        line.valueNumber() == null ? "" : line.valueNumber().toPlainString(),
        line.value(),
        line.valuePeriod(),
        orEmpty(line.lagNote()),
        words.word(line.rag()),
        line.benchmarks(),
        String.join("\n\n", line.commentaryAsPrinted()),
        String.join("\n", line.improvementActions()));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
