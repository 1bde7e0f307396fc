package beacon.papers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document being written as a paper: A4 with the paper's styles (Title, Heading 1 to 3 in
 * Word's own heading styles, so they show in the navigation pane and a table of contents), and the
 * few things a paper is made of: paragraphs, bulleted lists, tables with a repeating header row,
 * and pictures with alternative text.
 */
final class WordDocument {

  private final XWPFDocument word;
  private final boolean landscape;
  private BigInteger bullets;

  /** The size of the text of each page's head and foot, in points. */
  private static final int FOOT_POINTS = 8;

  WordDocument(XWPFDocument word, boolean landscape) {
    this.word = word;
    this.landscape = landscape;
    WordStyles.page(word, landscape);
    WordStyles.install(word);
  }

  /**
   * The paper's title at the head of each page and "Page 1 of 9" at its foot, counted by Word as
   * the document is laid out.
   */
  void headerAndFooter(String title) {
    XWPFParagraph head = word.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    WordCells.run(head, title, false, FOOT_POINTS);
    XWPFParagraph foot = word.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    foot.setAlignment(ParagraphAlignment.CENTER);
    WordCells.run(foot, "Page ", false, FOOT_POINTS);
    field(foot, "PAGE");
    WordCells.run(foot, " of ", false, FOOT_POINTS);
    field(foot, "NUMPAGES");
  }

  /** A field Word fills in as it lays the document out, such as the page's number. */
  private static void field(XWPFParagraph paragraph, String code) {
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + code + " ");
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    WordCells.run(paragraph, "1", false, FOOT_POINTS);
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** The width between the margins, in twentieths of a point. */
  int textWidth() {
    return WordStyles.textWidth(landscape);
  }

  void write(OutputStream out) {
    try {
      word.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A paragraph of a style ("Title", "Heading1" ...), or of the normal style when null. */
  XWPFParagraph paragraph(String style, String text) {
    XWPFParagraph paragraph = word.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    paragraph.createRun().setText(text);
    return paragraph;
  }

  XWPFParagraph heading(int level, String text) {
    return paragraph("Heading" + level, text);
  }

  /**
   * A paragraph in bold that introduces what follows, such as "Benchmarking" or a numbered measure,
   * kept on the same page as it.
   */
  XWPFParagraph bold(String text) {
    XWPFParagraph paragraph = word.createParagraph();
    WordCells.keepNext(paragraph);
    XWPFRun run = paragraph.createRun();
    run.setBold(true);
    run.setText(text);
    return paragraph;
  }

  /** The paragraphs of the document, each new one after the last. */
  Supplier<XWPFParagraph> body() {
    return word::createParagraph;
  }

  /** Each text as an item of a bulleted list (a Word list, which a clerk can extend). */
  void bulleted(List<String> items) {
    bulleted(word::createParagraph, items, null);
  }

  /**
   * Commentary paragraphs, then "Improvement Actions" in bold and the actions as a bulleted list.
   *
   * @param next gives the next paragraph to write in: of the document, or of a table cell
   * @param points the size of the text, or null for the style's
   */
  void commentary(
      Supplier<XWPFParagraph> next,
      List<String> paragraphs,
      List<String> improvementActions,
      Integer points) {
    for (String text : paragraphs) {
      WordCells.run(next.get(), text, false, points);
    }
    if (!improvementActions.isEmpty()) {
      WordCells.keepNext(WordCells.run(next.get(), WordPaper.IMPROVEMENT_ACTIONS, true, points));
      bulleted(next, improvementActions, points);
    }
  }

  /**
   * A table of the text size of tables, with its header row in bold repeated on every page.
   *
   * @param rows the number of rows below the header
   * @param widths each column's width as a share of the text width, in any unit
   */
  XWPFTable table(List<String> headings, int rows, int... widths) {
    XWPFTable table = grid(rows + 1, widths);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int column = 0; column < headings.size(); column++) {
      WordCells.text(header.getCell(column), headings.get(column), true);
    }
    return table;
  }

  /**
   * A table of rows that are not split across pages, with no header row.
   *
   * @param widths each column's width as a share of the text width, in any unit
   */
  XWPFTable grid(int rows, int... widths) {
    XWPFTable table = word.createTable(rows, widths.length);
    table.setWidth("100%");
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int column = 0; column < widths.length; column++) {
      int twips = textWidth() * widths[column] / total;
      grid.addNewGridCol().setW(BigInteger.valueOf(twips));
      for (XWPFTableRow row : table.getRows()) {
        row.getCell(column).setWidth(String.valueOf(twips));
      }
    }
    for (XWPFTableRow row : table.getRows()) {
      row.setCantSplitRow(true);
    }
    return table;
  }

  /**
   * A PNG picture in a paragraph of its own, kept on the page of what follows it, with its title
   * and description (the alternative text Word shows and reads out) on the drawing.
   *
   * @param widthPoints its width on the page; its height keeps its proportions
   */
  void picture(
      byte[] png, int pixelWidth, int pixelHeight, int widthPoints, String title, String text) {
    XWPFParagraph paragraph = word.createParagraph();
    WordCells.keepNext(paragraph);
    XWPFRun run = paragraph.createRun();
    XWPFPicture picture;
    try {
      picture =
          run.addPicture(
              new ByteArrayInputStream(png),
              Document.PICTURE_TYPE_PNG,
              "trend.png",
              Units.toEMU(widthPoints),
              Units.toEMU((double) widthPoints * pixelHeight / pixelWidth));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
    inline.getDocPr().setTitle(title);
    inline.getDocPr().setDescr(text);
    picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(text);
  }

  private void bulleted(Supplier<XWPFParagraph> next, List<String> items, Integer points) {
    for (String item : items) {
      XWPFParagraph paragraph = WordCells.run(next.get(), item, false, points);
      if (bullets == null) {
        bullets = WordStyles.bullets(word);
      }
      paragraph.setNumID(bullets);
    }
  }
}
