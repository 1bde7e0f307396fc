package beacon.papers;

/**
 * The committee summary in Word (seed 004): after its front sheet, the analysis of issues: the
 * ratings counted in words, and the Red, Amber and Green indicators each with its commentary.
 */
final class WordCommitteeSummary {

  static final String ANALYSIS = "Analysis of Issues";

  private WordCommitteeSummary() {}

  static void write(WordDocument word, Paper paper) {
    word.heading(1, ANALYSIS);
    word.paragraph(
        null, "In " + paper.periodYearFirst() + " there are " + paper.countsInWords() + ".");
    for (Paper.Section section : paper.sections()) {
      word.heading(2, section.section());
      for (PaperLine line : section.lines()) {
        word.bold(line.number() + ". " + line.measure());
        word.commentary(word.body(), line.commentaryAsPrinted(), line.improvementActions(), null);
      }
    }
  }
}
