package beacon.papers;

import beacon.rules.rating.Rag;
import beacon.rules.rating.RagWords;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How a paper's workbook looks: its title, a header row in bold on grey, text wrapped in its cell
 * and set at the top, figures shown as the paper prints them (51% held as 0.51 in a percentage
 * format, 37.4 with one decimal place, 1,043 with its thousands), and each rating on its colour.
 * Each style is made once per workbook.
 */
final class ExcelStyles {

  /** A printed figure's number and what follows it: "51%", "82.2%", "1,043", "0.03%". */
  private static final Pattern FIGURE = Pattern.compile("^\\s*[0-9,]*(?:\\.([0-9]+))?\\s*(%)?");

  /** Fill and text colours of each rating, as the pages' tags show them. */
  private static final Map<Rag, String[]> RAG_COLOURS = new EnumMap<>(Rag.class);

  static {
    RAG_COLOURS.put(Rag.RED, new String[] {"F4CDC6", "2A0B06"});
    RAG_COLOURS.put(Rag.AMBER, new String[] {"FFDFB5", "6F3700"});
    RAG_COLOURS.put(Rag.GREEN, new String[] {"CCE2D8", "005A30"});
  }

  private final XSSFWorkbook workbook;
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle text;
  private final Map<String, CellStyle> figures = new HashMap<>();
  private final Map<Rag, CellStyle> ratings = new EnumMap<>(Rag.class);

  ExcelStyles(XSSFWorkbook workbook, RagWords words) {
    this.workbook = workbook;
    XSSFFont large = workbook.createFont();
    large.setBold(true);
    large.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(large);
    XSSFFont bold = workbook.createFont();
    bold.setBold(true);
    header = top(workbook.createCellStyle());
    header.setFont(bold);
    header.setWrapText(true);
    header.setFillForegroundColor(new XSSFColor(hex("F3F2F1")));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    text = top(workbook.createCellStyle());
    text.setWrapText(true);
    Map<Rag, String[]> colours = new EnumMap<>(RAG_COLOURS);
    colours.put(
        Rag.NOT_RATED, new String[] {words.notRatedColour().fill(), words.notRatedColour().text()});
    for (Map.Entry<Rag, String[]> colour : colours.entrySet()) {
      XSSFCellStyle style = top(workbook.createCellStyle());
      style.setFillForegroundColor(new XSSFColor(hex(colour.getValue()[0])));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      XSSFFont font = workbook.createFont();
      font.setColor(new XSSFColor(hex(colour.getValue()[1])));
      font.setBold(true);
      style.setFont(font);
      ratings.put(colour.getKey(), style);
    }
  }

  void title(Cell cell, String value) {
    cell.setCellValue(value);
    cell.setCellStyle(title);
  }

  void header(Cell cell, String value) {
    cell.setCellValue(value);
    cell.setCellStyle(header);
  }

  void text(Cell cell, String value) {
    cell.setCellValue(value);
    cell.setCellStyle(text);
  }

  void rating(Cell cell, String word, Rag rag) {
    cell.setCellValue(word);
    cell.setCellStyle(ratings.get(rag));
  }

  /**
   * A figure as a number shown as the paper prints it, or as the printed text where there is no
   * number ("New"), or an empty cell where there is neither.
   */
  void figure(Cell cell, BigDecimal number, String printed) {
    if (number == null) {
      if (!printed.isEmpty()) {
        text(cell, printed);
      }
      return;
    }
    Matcher figure = FIGURE.matcher(printed);
    figure.find();
    boolean percent = figure.group(2) != null;
    int decimals = figure.group(1) == null ? 0 : figure.group(1).length();
    if (printed.isEmpty()) {
      decimals = Math.max(0, number.stripTrailingZeros().scale());
    }
    String format =
        (printed.contains(",") ? "#,##0" : "0")
            + (decimals == 0 ? "" : "." + "0".repeat(decimals))
            + (percent ? "%" : "");
    cell.setCellValue(percent ? number.movePointLeft(2).doubleValue() : number.doubleValue());
    cell.setCellStyle(figures.computeIfAbsent(format, this::figureStyle));
  }

  private CellStyle figureStyle(String format) {
    CellStyle style = top(workbook.createCellStyle());
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  private static <S extends CellStyle> S top(S style) {
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private static byte[] hex(String rgb) {
    return new byte[] {
      (byte) Integer.parseInt(rgb.substring(0, 2), 16),
      (byte) Integer.parseInt(rgb.substring(2, 4), 16),
      (byte) Integer.parseInt(rgb.substring(4, 6), 16)
    };
  }
}
