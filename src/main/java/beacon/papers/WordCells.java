package beacon.papers;

import beacon.rules.rating.Rag;
import beacon.rules.rating.RagWords;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/** What the Word papers put in table cells and paragraphs: text in runs, ratings in colour. */
final class WordCells {

  /** The size of the text in tables, in points. */
  static final int TABLE_POINTS = 9;

  private WordCells() {}

  /** Keeps a row on the same page as what follows it: a block's summary with its chart. */
  static void keepWithNext(XWPFTableRow row) {
    for (XWPFTableCell cell : row.getTableCells()) {
      for (XWPFParagraph paragraph : cell.getParagraphs()) {
        keepNext(paragraph);
      }
    }
  }

  /** Text in a cell, a paragraph per line. */
  static void text(XWPFTableCell cell, String text, boolean bold) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      run(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), lines[i], bold, TABLE_POINTS);
    }
  }

  /** A rating in a cell: its word in bold, on its colour. */
  static void rating(XWPFTableCell cell, String word, Rag rag, RagWords words) {
    text(cell, word, true);
    cell.setColor(fill(rag, words));
  }

  /**
   * The colour a rating's cell is filled with (GOV.UK tag colours), as RGB hex; a value not rated
   * in the colour the council chose.
   */
  static String fill(Rag rag, RagWords words) {
    switch (rag) {
      case RED:
        return "F4CDC6";
      case AMBER:
        return "FFDFB5";
      case GREEN:
        return "CCE2D8";
      default:
        return words.notRatedColour().fill();
    }
  }

  /** The paragraphs of a cell, starting with its first, empty one. */
  static Supplier<XWPFParagraph> paragraphsOf(XWPFTableCell cell) {
    boolean[] first = {true};
    return () -> {
      if (first[0]) {
        first[0] = false;
        return cell.getParagraphs().get(0);
      }
      return cell.addParagraph();
    };
  }

  /** Keeps a paragraph on the page of the next (POI's own setter fails on a bare paragraph). */
  static void keepNext(XWPFParagraph paragraph) {
    CTPPr properties =
        paragraph.getCTP().isSetPPr()
            ? paragraph.getCTP().getPPr()
            : paragraph.getCTP().addNewPPr();
    if (!properties.isSetKeepNext()) {
      properties.addNewKeepNext();
    }
  }

  static XWPFParagraph run(XWPFParagraph paragraph, String text, boolean bold, Integer points) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    if (points != null) {
      run.setFontSize(points);
    }
    return paragraph;
  }
}
