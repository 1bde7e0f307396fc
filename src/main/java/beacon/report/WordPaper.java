package beacon.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A paper as a Word document a committee clerk can edit: the title and headings in Word's own
 * heading styles (so they appear in the navigation pane and a table of contents), and each
 * section's indicators in a real table with a header row that repeats on every page.
 */
public final class WordPaper {

  private static final List<String> COLUMNS =
      List.of("No.", "Measure", "Target", "Current position", "RAG", "Benchmarking", "Commentary");

  private WordPaper() {}

  public static void write(Paper paper, String title, String generated, OutputStream out) {
    try (XWPFDocument word = new XWPFDocument()) {
      landscapeA4(word);
      XWPFStyles styles = word.createStyles();
      heading(styles, "Title", "Title", 0, 32);
      heading(styles, "Heading1", "heading 1", 1, 28);
      heading(styles, "Heading2", "heading 2", 2, 24);
      paragraph(word, "Title", title);
      paragraph(word, null, generated);
      for (Paper.Section section : paper.sections()) {
        if (section.startsGroup() && !section.group().isEmpty()) {
          paragraph(word, "Heading1", section.group());
        }
        paragraph(word, "Heading2", section.section());
        table(word, section.lines());
      }
      word.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument word, List<PaperLine> lines) {
    XWPFTable table = word.createTable(lines.size() + 1, COLUMNS.size());
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int column = 0; column < COLUMNS.size(); column++) {
      text(header.getCell(column), COLUMNS.get(column), true);
    }
    for (int i = 0; i < lines.size(); i++) {
      PaperLine line = lines.get(i);
      XWPFTableRow row = table.getRow(i + 1);
      row.setCantSplitRow(true);
      text(row.getCell(0), String.valueOf(line.number()), false);
      text(row.getCell(1), line.measure(), false);
      text(row.getCell(2), line.target(), false);
      text(
          row.getCell(3),
          line.lagNote() == null ? line.value() : line.value() + " (" + line.lagNote() + ")",
          false);
      text(row.getCell(4), line.rag().word().toUpperCase(Locale.UK), true);
      row.getCell(4).setColor(ragFill(line));
      text(row.getCell(5), line.benchmarks(), false);
      XWPFTableCell commentary = row.getCell(6);
      text(commentary, String.join("\n", line.commentary()), false);
      if (!line.improvementActions().isEmpty()) {
        commentary.addParagraph().createRun().setText("Improvement Actions");
        commentary
            .getParagraphs()
            .get(commentary.getParagraphs().size() - 1)
            .getRuns()
            .get(0)
            .setBold(true);
        for (String action : line.improvementActions()) {
          commentary.addParagraph().createRun().setText(action);
        }
      }
    }
  }

  private static String ragFill(PaperLine line) {
    switch (line.rag()) {
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

  private static void text(XWPFTableCell cell, String text, boolean bold) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    String[] paragraphs = text.split("\n");
    for (int i = 0; i < paragraphs.length; i++) {
      XWPFParagraph target = i == 0 ? paragraph : cell.addParagraph();
      XWPFRun run = target.createRun();
      run.setText(paragraphs[i]);
      run.setBold(bold);
      run.setFontSize(9);
    }
  }

  private static void paragraph(XWPFDocument word, String style, String text) {
    XWPFParagraph paragraph = word.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    XWPFRun run = paragraph.createRun();
    run.setText(text);
  }

  /** A paragraph style that Word lists as a heading at the outline level. */
  private static void heading(
      XWPFStyles styles, String id, String name, int level, int halfPoints) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    style.addNewBasedOn().setVal("Normal");
    if (level > 0) {
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
    }
    style.addNewRPr().addNewB();
    style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
    styles.addStyle(new XWPFStyle(style, styles));
  }

  private static void landscapeA4(XWPFDocument word) {
    CTSectPr section = word.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setOrient(STPageOrientation.LANDSCAPE);
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
  }
}
