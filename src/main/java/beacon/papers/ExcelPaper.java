package beacon.papers;

import beacon.rules.rating.Rag;
import beacon.rules.rating.RagWords;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A paper as an Excel workbook: one row per indicator under a header row, numbers as numbers
 * (targets and values in the indicator's unit: 51 for 51%, a scorecard's quarter columns too, or
 * the marker as text: "New"), periods and codes as text, and the RAG cell coloured with its word in
 * it.
 */
public final class ExcelPaper {

  /** Columns holding numbers: the number in the section, the target and the value. */
  private static final List<Integer> NUMBER_COLUMNS = List.of(1, 6, 8);

  private static final int RAG_COLUMN = PaperColumns.HEADINGS.indexOf("RAG");

  /** Fill and text colours of each rating, as the pages' tags show them. */
  private static final Map<Rag, String[]> RAG_COLOURS = new EnumMap<>(Rag.class);

  static {
    RAG_COLOURS.put(Rag.RED, new String[] {"F4CDC6", "2A0B06"});
    RAG_COLOURS.put(Rag.AMBER, new String[] {"FFDFB5", "6F3700"});
    RAG_COLOURS.put(Rag.GREEN, new String[] {"CCE2D8", "005A30"});
  }

  private ExcelPaper() {}

  public static void write(Paper paper, OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(sheetName(paper));
      Row header = sheet.createRow(0);
      CellStyle bold = workbook.createCellStyle();
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold.setFont(boldFont);
      List<String> headings = PaperColumns.headings(paper);
      for (int column = 0; column < headings.size(); column++) {
        Cell cell = header.createCell(column);
        cell.setCellValue(headings.get(column));
        cell.setCellStyle(bold);
      }
      Map<Rag, CellStyle> ragStyles = ragStyles(workbook, paper.organisation().ragWords());
      int rowNumber = 1;
      for (PaperLine line : paper.lines()) {
        Row row = sheet.createRow(rowNumber++);
        List<String> texts = PaperColumns.texts(line, paper);
        for (int column = 0; column < texts.size(); column++) {
          Cell cell = row.createCell(column);
          BigDecimal number = numberIn(line, column);
          if (column >= PaperColumns.HEADINGS.size()) {
            RecentValue quarter = line.columns().get(column - PaperColumns.HEADINGS.size());
            if (quarter.valueNumber() != null) {
              cell.setCellValue(quarter.valueNumber().doubleValue());
            } else {
              cell.setCellValue(quarter.value());
            }
          } else if (NUMBER_COLUMNS.contains(column)) {
            if (number != null) {
              cell.setCellValue(number.doubleValue());
            }
          } else {
            cell.setCellValue(texts.get(column));
          }
        }
        row.getCell(RAG_COLUMN).setCellStyle(ragStyles.get(line.rag()));
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigDecimal numberIn(PaperLine line, int column) {
    switch (column) {
      case 1:
        return BigDecimal.valueOf(line.number());
      case 6:
        return line.targetNumber();
      case 8:
        return line.valueNumber();
      default:
        return null;
    }
  }

  /** The rating cells' styles; a value not rated in the colour the council chose for it. */
  private static Map<Rag, CellStyle> ragStyles(XSSFWorkbook workbook, RagWords words) {
    Map<Rag, String[]> colours = new EnumMap<>(RAG_COLOURS);
    colours.put(
        Rag.NOT_RATED, new String[] {words.notRatedColour().fill(), words.notRatedColour().text()});
    Map<Rag, CellStyle> styles = new EnumMap<>(Rag.class);
    for (Map.Entry<Rag, String[]> colour : colours.entrySet()) {
      XSSFCellStyle style = workbook.createCellStyle();
      style.setFillForegroundColor(new XSSFColor(hex(colour.getValue()[0])));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      XSSFFont font = workbook.createFont();
      font.setColor(new XSSFColor(hex(colour.getValue()[1])));
      font.setBold(true);
      style.setFont(font);
      styles.put(colour.getKey(), style);
    }
    return styles;
  }

  private static byte[] hex(String rgb) {
    return new byte[] {
      (byte) Integer.parseInt(rgb.substring(0, 2), 16),
      (byte) Integer.parseInt(rgb.substring(2, 4), 16),
      (byte) Integer.parseInt(rgb.substring(4, 6), 16)
    };
  }

  /** Excel allows 31 characters in a sheet's name, and none of []:*?/\ */
  private static String sheetName(Paper paper) {
    String name =
        (paper.organisation().name() + " " + paper.period().label())
            .replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
