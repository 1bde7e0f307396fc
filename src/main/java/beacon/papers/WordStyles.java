package beacon.papers;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page and the styles of a Word paper: A4 with narrow margins, Arial in British English, and
 * the Title and Heading 1 to 3 paragraph styles Word lists in its navigation pane.
 */
final class WordStyles {

  /** A4 in twentieths of a point. */
  private static final int A4_SHORT = 11906;

  private static final int A4_LONG = 16838;
  private static final int MARGIN = 720;

  private WordStyles() {}

  /** The width between the margins, in twentieths of a point. */
  static int textWidth(boolean landscape) {
    return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
  }

  static void page(XWPFDocument word, boolean landscape) {
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

  static void install(XWPFDocument word) {
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

  /** A new bulleted list definition in the document; its number, for its paragraphs. */
  static BigInteger bullets(XWPFDocument word) {
    CTAbstractNum list = CTAbstractNum.Factory.newInstance();
    list.setAbstractNumId(BigInteger.ONE);
    CTLvl level = list.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("\u2022");
    level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(284));
    level.getPPr().getInd().setHanging(BigInteger.valueOf(284));
    XWPFNumbering numbering = word.createNumbering();
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list, numbering)));
  }
}
