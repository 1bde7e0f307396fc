package beacon.papers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A paper as a Word document a committee clerk can edit, in its layout: the title and headings in
 * Word's own heading styles (so they appear in the navigation pane and a table of contents), the
 * indicators in real tables with a header row that repeats on every page, lists as Word lists, and
 * trend charts as pictures with alternative text.
 */
public final class WordPaper {

  static final String IMPROVEMENT_ACTIONS = "Improvement Actions";

  private WordPaper() {}

  /**
   * @param generated the line saying when the paper was made, printed unless its front sheet gives
   *     the report's own date: "Generated on: 23 November 2026"
   */
  public static void write(Paper paper, String title, String generated, OutputStream out) {
    try (XWPFDocument file = new XWPFDocument()) {
      file.getProperties().getCoreProperties().setTitle(title);
      file.getProperties().getCoreProperties().setCreator(paper.organisation().name());
      file.getProperties().getCoreProperties().setLastModifiedByUser(paper.organisation().name());
      file.getProperties().getExtendedProperties().setApplication("Beacon");
      WordDocument word = new WordDocument(file, landscape(paper.layout()));
      word.headerAndFooter(title);
      word.paragraph("Title", title);
      if (paper.frontSheet().reportDate() == null) {
        word.paragraph(null, generated);
      }
      WordFrontSheet.opening(word, paper);
      switch (paper.layout()) {
        case EXCEPTIONS -> WordExceptions.write(word, paper);
        case SCORECARD -> WordScorecard.write(word, paper);
        case INDICATOR_BLOCKS -> WordIndicatorBlocks.write(word, paper);
        case COMMITTEE_SUMMARY -> WordCommitteeSummary.write(word, paper);
      }
      WordFrontSheet.closing(word, paper);
      word.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Across the page as the PDF is: all but the committee summary. */
  private static boolean landscape(Layout layout) {
    return layout != Layout.COMMITTEE_SUMMARY;
  }
}
