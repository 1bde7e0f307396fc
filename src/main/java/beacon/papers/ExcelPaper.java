package beacon.papers;

import beacon.rules.rating.RagWords;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A paper as an Excel workbook: its title and the day it was made, then one row per indicator under
 * a header row that can be filtered, figures as numbers shown as the paper prints them (a
 * scorecard's quarter columns too, or the marker as text: "New"), periods and codes as text, the
 * RAG cell coloured with its word in it. Columns are as wide as what they hold, long text wraps in
 * rows tall enough for it, and the sheet prints on A4 across the page, its header row and measure
 * on each page, with the title at the head and page numbers at the foot. Indicator blocks add a
 * sheet of each indicator's trend figures.
 */
public final class ExcelPaper {

  /** The row of the column headings, below the title, the day it was made and a blank row. */
  static final int HEADER_ROW = 3;

  static final String TREND_SHEET = "Trend data";

  static final List<String> TREND_HEADINGS =
      List.of("Code", "Measure", "Period", "Value", "Target", "RAG");

  /** Each column's width in characters, by heading; any other is {@link #STANDARD_WIDTH}. */
  private static final Map<String, Integer> WIDTHS =
      Map.ofEntries(
          Map.entry("Section", 28),
          Map.entry("Number", 8),
          Map.entry("Code", 16),
          Map.entry("Measure", 40),
          Map.entry("Aim to", 14),
          Map.entry("Data period", 16),
          Map.entry("Target as printed", 16),
          Map.entry("Current position", 10),
          Map.entry("Current position as printed", 16),
          Map.entry("Period of the value", 14),
          Map.entry("Lag note", 32),
          Map.entry("Benchmarking", 40),
          Map.entry("Commentary", 90),
          Map.entry("Improvement actions", 60),
          Map.entry("Period", 14));

  private static final int STANDARD_WIDTH = 11;

  /** The height of a line of Excel's standard text, and the most a row may be, in points. */
  private static final float LINE_POINTS = 15;

  private static final float MAX_ROW_POINTS = 409;

  /** The printed size, as a percentage of the sheet's. */
  private static final short PRINT_SCALE = 80;

  private ExcelPaper() {}

  /**
   * @param title the paper's title, as its first page prints it
   * @param generated the line saying when it was made: "Generated on: 23 November 2026"
   */
  public static void write(Paper paper, String title, String generated, OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.getProperties().getCoreProperties().setTitle(title);
      workbook.getProperties().getCoreProperties().setCreator(paper.organisation().name());
      workbook
          .getProperties()
          .getExtendedProperties()
          .getUnderlyingProperties()
          .setApplication("Beacon");
      ExcelStyles styles = new ExcelStyles(workbook, paper.organisation().ragWords());
      Sheet sheet = workbook.createSheet(sheetName(paper));
      List<String> headings = PaperColumns.headings(paper);
      start(sheet, styles, title, generated, headings);
      int rowNumber = HEADER_ROW + 1;
      for (PaperLine line : paper.lines()) {
        Row row = sheet.createRow(rowNumber++);
        indicator(row, line, paper, headings, styles);
        fitHeight(row, headings);
      }
      finish(
          sheet,
          title,
          headings.size(),
          rowNumber - 1,
          headings.indexOf("Number"),
          headings.indexOf("Measure"));
      if (paper.layout() == Layout.INDICATOR_BLOCKS) {
        trends(workbook.createSheet(TREND_SHEET), paper, styles, title, generated);
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void indicator(
      Row row, PaperLine line, Paper paper, List<String> headings, ExcelStyles styles) {
    List<String> texts = PaperColumns.texts(line, paper);
    for (int column = 0; column < texts.size(); column++) {
      switch (headings.get(column)) {
        case "Number" ->
            styles.figure(row.createCell(column), BigDecimal.valueOf(line.number()), "");
        case "Target" -> styles.figure(row.createCell(column), line.targetNumber(), line.target());
        case "Current position" ->
            styles.figure(row.createCell(column), line.valueNumber(), line.value());
        case "RAG" -> styles.rating(row.createCell(column), texts.get(column), line.rag());
        default -> {
          if (column >= PaperColumns.HEADINGS.size()) {
            RecentValue quarter = line.columns().get(column - PaperColumns.HEADINGS.size());
            styles.figure(row.createCell(column), quarter.valueNumber(), quarter.value());
          } else {
            styles.text(row.createCell(column), texts.get(column));
          }
        }
      }
    }
  }

  /**
   * Makes the row tall enough for its longest wrapped text, as spreadsheets do not all work this
   * out when they open a file: a line for each column's width of characters in each paragraph.
   */
  private static void fitHeight(Row row, List<String> headings) {
    int lines = 1;
    for (Cell cell : row) {
      if (cell.getCellType() != CellType.STRING) {
        continue;
      }
      int width = WIDTHS.getOrDefault(headings.get(cell.getColumnIndex()), STANDARD_WIDTH);
      int cellLines = 0;
      for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
        cellLines += Math.max(1, (int) Math.ceil(paragraph.length() / (width * 1.1)));
      }
      lines = Math.max(lines, cellLines);
    }
    row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
  }

  /** Each indicator's trend figures, a row per period, as the blocks' tables print them. */
  private static void trends(
      Sheet sheet, Paper paper, ExcelStyles styles, String title, String generated) {
    start(sheet, styles, title, generated, TREND_HEADINGS);
    RagWords words = paper.organisation().ragWords();
    int rowNumber = HEADER_ROW + 1;
    for (PaperLine line : paper.lines()) {
      for (RecentValue point : line.trend()) {
        Row row = sheet.createRow(rowNumber++);
        styles.text(row.createCell(0), line.code());
        styles.text(row.createCell(1), line.measure());
        styles.text(row.createCell(2), point.label());
        styles.figure(row.createCell(3), point.valueNumber(), point.value());
        styles.figure(row.createCell(4), point.targetNumber(), point.target());
        styles.rating(row.createCell(5), words.word(point.rag()), point.rag());
      }
    }
    finish(sheet, title, TREND_HEADINGS.size(), rowNumber - 1, 0, 1);
  }

  /** The title, the day it was made, and the header row with each column's width. */
  private static void start(
      Sheet sheet, ExcelStyles styles, String title, String generated, List<String> headings) {
    styles.title(sheet.createRow(0).createCell(0), title);
    sheet.createRow(1).createCell(0).setCellValue(generated);
    Row header = sheet.createRow(HEADER_ROW);
    for (int column = 0; column < headings.size(); column++) {
      styles.header(header.createCell(column), headings.get(column));
      sheet.setColumnWidth(column, 256 * WIDTHS.getOrDefault(headings.get(column), STANDARD_WIDTH));
    }
  }

  /**
   * The header row kept in view and filterable, and the sheet set up to print: across A4 pages, a
   * page's width of columns at a time and then the next, each page with the header row and the
   * indicator's number, code and measure again, so that every printed cell can be read and placed.
   */
  private static void finish(
      Sheet sheet, String title, int columns, int lastRow, int firstRepeated, int lastRepeated) {
    sheet.createFreezePane(0, HEADER_ROW + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastRow), 0, columns - 1));
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, firstRepeated, lastRepeated));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setLeftToRight(true);
    print.setScale(PRINT_SCALE);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.getHeader().setCenter(title.replace("&", "&&"));
    sheet.getFooter().setCenter("Page &P of &N");
  }

  /** Excel allows 31 characters in a sheet's name, and none of []:*?/\ */
  private static String sheetName(Paper paper) {
    String name =
        (paper.organisation().name() + " " + paper.period().label())
            .replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
