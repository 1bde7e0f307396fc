package beacon.papers;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A paper's front sheet in Word, as its web page and PDF print it: the table of parts and the
 * headed parts before the indicators, then the headed parts after them and whom to contact.
 */
final class WordFrontSheet {

  private WordFrontSheet() {}

  static void opening(WordDocument word, Paper paper) {
    table(word, paper.frontOpening());
    headed(word, paper.frontSheet().before());
  }

  static void closing(WordDocument word, Paper paper) {
    headed(word, paper.frontSheet().after());
    table(word, paper.frontSheet().contact());
  }

  /** Parts as a table of two columns: what each is, and what it says. */
  private static void table(WordDocument word, List<FrontSheet.Part> parts) {
    if (parts.isEmpty()) {
      return;
    }
    XWPFTable table = word.grid(parts.size(), 28, 72);
    for (int i = 0; i < parts.size(); i++) {
      FrontSheet.Part part = parts.get(i);
      WordCells.text(table.getRow(i).getCell(0), part.label(), true);
      WordCells.text(
          table.getRow(i).getCell(1), part.text(), part.label().equals(FrontSheet.TITLE));
    }
  }

  private static void headed(WordDocument word, List<FrontSheet.Part> parts) {
    for (FrontSheet.Part part : parts) {
      word.heading(1, part.label());
      for (String paragraph : part.paragraphs()) {
        word.paragraph(null, paragraph);
      }
    }
  }
}
