package beacon.papers;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The committee summary in Word (seed 004): the committee's front sheet, then the analysis of
 * issues: the ratings counted in words, and the Red, Amber and Green indicators each with its
 * commentary.
 */
final class WordCommitteeSummary {

  static final String TITLE = "TITLE";
  static final String FOR_CONSIDERATION_BY = "FOR CONSIDERATION BY";
  static final String RECOMMENDATION = "RECOMMENDATION";
  static final String SUMMARY = "SUMMARY OF REPORT";
  static final String ANALYSIS = "Analysis of Issues";

  private WordCommitteeSummary() {}

  static void write(WordDocument word, Paper paper) {
    frontSheet(word, paper.frontSheet());
    word.heading(1, ANALYSIS);
    word.paragraph(
        null, "In " + paper.period().label() + " there are " + paper.countsInWords() + ".");
    for (Paper.Section section : paper.sections()) {
      word.heading(2, section.section());
      for (PaperLine line : section.lines()) {
        word.bold(line.number() + ". " + line.measure());
        word.commentary(word.body(), line.commentaryAsPrinted(), line.improvementActions(), null);
      }
    }
  }

  /** The front sheet as a table of two columns: what each part is, and what it says. */
  private static void frontSheet(WordDocument word, FrontSheet sheet) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {TITLE, sheet.title()});
    String meeting = meeting(sheet);
    if (!meeting.isEmpty()) {
      rows.add(new String[] {FOR_CONSIDERATION_BY, meeting});
    }
    rows.add(new String[] {RECOMMENDATION, sheet.recommendation()});
    rows.add(new String[] {SUMMARY, sheet.summary()});
    XWPFTable table = word.grid(rows.size(), 28, 72);
    for (int i = 0; i < rows.size(); i++) {
      WordCells.text(table.getRow(i).getCell(0), rows.get(i)[0], true);
      WordCells.text(table.getRow(i).getCell(1), rows.get(i)[1], i == 0);
    }
  }

  /** "Children's Services Overview and Scrutiny Committee on 12 September 2017", or less. */
  static String meeting(FrontSheet sheet) {
    String day = sheet.meetingDate() == null ? "" : PaperHtml.DAY.format(sheet.meetingDate());
    if (sheet.committee().isEmpty()) {
      return day.isEmpty() ? "" : "The meeting on " + day;
    }
    return day.isEmpty() ? sheet.committee() : sheet.committee() + " on " + day;
  }
}
