package beacon.report;

import beacon.rules.rating.Rag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document being written as a paper: A4 with the paper's styles (Title, Heading 1 to 3 in
 * Word's own heading styles, so they show in the navigation pane and a table of contents), and the
 * few things a paper is made of: paragraphs, bulleted lists, tables with a repeating header row,
 * and pictures with alternative text.
 */
final class WordDocument {

  /** A4 in twentieths of a point. */
  private static final int A4_SHORT = 11906;

  private static final int A4_LONG = 16838;
  private static final int MARGIN = 720;

  /** The size of the text in tables, in points. */
  static final int TABLE_POINTS = 9;

  private final XWPFDocument word;
  private final boolean landscape;
  private BigInteger bullets;

  WordDocument(XWPFDocument word, boolean landscape) {
    this.word = word;
    this.landscape = landscape;
    page();
    styles();
  }

  /** The width between the margins, in twentieths of a point. */
  int textWidth() {
    return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
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
    keepNext(paragraph);
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
      run(next.get(), text, false, points);
    }
    if (!improvementActions.isEmpty()) {
      keepNext(run(next.get(), WordPaper.IMPROVEMENT_ACTIONS, true, points));
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
      text(header.getCell(column), headings.get(column), true);
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
  static void rating(XWPFTableCell cell, String word, Rag rag) {
    text(cell, word, true);
    cell.setColor(fill(rag));
  }

  /** The colour a rating's cell is filled with (GOV.UK tag colours), as RGB hex. */
  static String fill(Rag rag) {
    switch (rag) {
      case RED:
        return "F4CDC6";
      case AMBER:
        return "FFDFB5";
      case GREEN:
        return "CCE2D8";
      default:
        return "E5E6E7";
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

  /**
   * A PNG picture in a paragraph of its own, kept on the page of what follows it, with its title
   * and description (the alternative text Word shows and reads out) on the drawing.
   *
   * @param widthPoints its width on the page; its height keeps its proportions
   */
  void picture(
      byte[] png, int pixelWidth, int pixelHeight, int widthPoints, String title, String text) {
    XWPFParagraph paragraph = word.createParagraph();
    keepNext(paragraph);
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

  /** Keeps a paragraph on the page of the next (POI's own setter fails on a bare paragraph). */
  private static void keepNext(XWPFParagraph paragraph) {
    CTPPr properties =
        paragraph.getCTP().isSetPPr()
            ? paragraph.getCTP().getPPr()
            : paragraph.getCTP().addNewPPr();
    if (!properties.isSetKeepNext()) {
      properties.addNewKeepNext();
    }
  }

  private static XWPFParagraph run(
      XWPFParagraph paragraph, String text, boolean bold, Integer points) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    if (points != null) {
      run.setFontSize(points);
    }
    return paragraph;
  }

  private void bulleted(Supplier<XWPFParagraph> next, List<String> items, Integer points) {
    for (String item : items) {
      XWPFParagraph paragraph = run(next.get(), item, false, points);
      paragraph.setNumID(bullets());
    }
  }

  /** The document's one bulleted list definition, made when first needed. */
  private BigInteger bullets() {
    if (bullets == null) {
      CTAbstractNum list = CTAbstractNum.Factory.newInstance();
      list.setAbstractNumId(BigInteger.ONE);
      CTLvl level = list.addNewLvl();
      level.setIlvl(BigInteger.ZERO);
      level.addNewNumFmt().setVal(STNumberFormat.BULLET);
      level.addNewLvlText().setVal("\u2022");
      level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(284));
      level.getPPr().getInd().setHanging(BigInteger.valueOf(284));
      XWPFNumbering numbering = word.createNumbering();
      bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list, numbering)));
    }
    return bullets;
  }

  private void page() {
    CTSectPr section = word.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
      size.setW(BigInteger.valueOf(A4_LONG));
      size.setH(BigInteger.valueOf(A4_SHORT));
    } else {
      size.setOrient(STPageOrientation.PORTRAIT);
      size.setW(BigInteger.valueOf(A4_SHORT));
      size.setH(BigInteger.valueOf(A4_LONG));
    }
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(margin);
    margins.setFooter(margin);
  }

  private void styles() {
    XWPFStyles styles = word.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii("Arial");
    fonts.setHAnsi("Arial");
    fonts.setCs("Arial");
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("en-GB");
    style(styles, "Normal", "Normal", 0, 20, false);
    style(styles, "Title", "Title", 0, 32, true);
    style(styles, "Heading1", "heading 1", 1, 28, true);
    style(styles, "Heading2", "heading 2", 2, 24, true);
    style(styles, "Heading3", "heading 3", 3, 22, true);
  }

  /**
   * A paragraph style; a heading at an outline level Word lists in its navigation pane.
   *
   * @param level the heading's level, or 0 for a style that is no heading
   */
  private static void style(
      XWPFStyles styles, String id, String name, int level, int halfPoints, boolean bold) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    if (id.equals("Normal")) {
      style.setDefault(true);
    } else {
      style.addNewBasedOn().setVal("Normal");
      style.addNewNext().setVal("Normal");
    }
    style.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(level > 0 ? 120 : 80));
    if (level > 0) {
      style.getPPr().addNewKeepNext();
      style.getPPr().getSpacing().setBefore(BigInteger.valueOf(240));
      style.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
    }
    if (bold) {
      style.addNewRPr().addNewB();
    } else {
      style.addNewRPr();
    }
    style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
    styles.addStyle(new XWPFStyle(style, styles));
  }
}
