package beacon.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook takes the same little memory however much it holds (its shared texts are kept on disk,
 * its rows read one at a time), and one that holds more than any spreadsheet program saves, or more
 * than Beacon reads, is refused saying which limit it passed.
 */
class LargeWorkbooksTest {

  private static final long ONE_MB = 1024 * 1024;

  @TempDir Path files;

  @Test
  void readsAWorkbookOfThreeHundredThousandDistinctTextsWithinA32MegabyteHeap() throws Exception {
    // 36 million characters of text: held as strings, more than the whole heap
    int rows = 300_000;
    Path workbook =
        WorkbookFiles.valuesWithDistinctNotes(rows, 120).writeTo(files.resolve("values.xlsx"));

    Process reading =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-Djava.io.tmpdir=" + files,
                "-cp",
                System.getProperty("java.class.path"),
                ReadsATable.class.getName(),
                workbook.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(reading.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(reading.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(reading.exitValue()).as(said).isZero();
    assertThat(said).contains(rows + " rows, the last noted Note " + (rows - 1) + " ");
  }

  @Test
  void refusesAWorkbookThatUnpacksToMoreThanTwentyTimesTheLimitOnFiles() {
    byte[] workbook =
        new WorkbookFiles()
            .sheet(
                xml -> {
                  xml.write("<sheetData>");
                  for (int i = 0; i < 500_000; i++) {
                    xml.write("<row><c t=\"inlineStr\"><is><t>V1</t></is></c></row>");
                  }
                  xml.write("</sheetData>");
                })
            .bytes();
    assertThat(workbook.length).isLessThan((int) ONE_MB);

    assertThatThrownBy(() -> open(workbook, ONE_MB))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "values.xlsx: the workbook unpacks to more than 20 MB, the most Beacon reads (20 times"
                + " the 1 MB limit on files)");
  }

  @Test
  void refusesAWorkbookOfMorePartsThanASpreadsheetProgramSaves() {
    WorkbookFiles workbook = oneValue();
    for (int i = 0; i < 1000; i++) {
      workbook.entry("xl/media/image" + i + ".bin", new byte[] {1});
    }

    assertThatThrownBy(() -> open(workbook.bytes(), 50 * ONE_MB))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "values.xlsx: the workbook holds more than 1000 parts, more than a spreadsheet program"
                + " saves: save it again from Excel, or as CSV");
  }

  @Test
  void refusesARelationshipsPartOverFourMegabytesSinceItIsReadWhole() {
    StringBuilder links = new StringBuilder("<Relationships>");
    while (links.length() <= 4 * ONE_MB) {
      links.append("<Relationship Id=\"x\" Type=\"hyperlink\" Target=\"https://example.org\"/>");
    }
    byte[] workbook =
        oneValue()
            .entry(
                "xl/worksheets/_rels/sheet1.xml.rels",
                links.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8))
            .bytes();

    assertThatThrownBy(() -> open(workbook, 50 * ONE_MB))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "values.xlsx: the workbook's part xl/worksheets/_rels/sheet1.xml.rels unpacks to more"
                + " than 4 MB, the most Beacon reads of a part it holds whole");
  }

  @Test
  void refusesATagLongerThanAnySpreadsheetProgramWrites() {
    byte[] workbook =
        new WorkbookFiles()
            .sheet(
                xml -> {
                  xml.write("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\" x=\"");
                  for (int i = 0; i < 2 * ONE_MB / 64; i++) {
                    xml.write("0123456789012345678901234567890123456789012345678901234567890123");
                  }
                  xml.write("\"><is><t>value</t></is></c></row></sheetData>");
                })
            .bytes();

    assertThatThrownBy(() -> open(workbook, 50 * ONE_MB))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "values.xlsx: the workbook's part xl/worksheets/sheet1.xml has a tag of more than 1 MB,"
                + " which no spreadsheet program writes: save it again from Excel, or as CSV");
  }

  @Test
  void givesACellLongerThanExcelHoldsAsAProblemOfItsRow() {
    String longText = "a".repeat(40_000);
    byte[] workbook =
        new WorkbookFiles()
            .sheet(
                xml ->
                    xml.write(
                        "<sheetData><row r=\"1\">"
                            + inline("A1", "code")
                            + inline("B1", "note")
                            + "</row><row r=\"2\">"
                            + inline("A2", "V1")
                            + "<c r=\"B2\" t=\"s\"><v>0</v></c></row><row r=\"3\">"
                            + inline("A3", "V2")
                            + inline("B3", longText)
                            + "</row><row r=\"4\">"
                            + inline("A4", "V3")
                            + inline("B4", "a".repeat(32_767))
                            + "</row></sheetData>"))
            .sharedStrings(xml -> xml.write("<si><t>" + longText + "</t></si>"))
            .bytes();

    try (Table table = open(workbook, 50 * ONE_MB)) {
      List<TableRow> rows = rows(table);

      assertThat(rows.get(0).problems())
          .singleElement()
          .satisfies(
              problem ->
                  assertThat(problem.line())
                      .isEqualTo(
                          "values.xlsx, row 2: cell B2 holds more than 32,767 characters, the most"
                              + " a cell of Excel holds"));
      assertThat(rows.get(1).problems())
          .singleElement()
          .satisfies(problem -> assertThat(problem.line()).contains("cell B3 holds more than"));
      assertThat(rows.get(2).readWhole()).isTrue();
      assertThat(rows.get(2).text("note")).hasSize(32_767);
    }
  }

  @Test
  void givesARowOfMoreTextThanBeaconReadsAsAProblemOfItsRow() {
    byte[] workbook =
        new WorkbookFiles()
            .sheet(
                xml -> {
                  xml.write("<sheetData><row r=\"1\">" + inline("A1", "note") + "</row>");
                  xml.write("<row r=\"2\">");
                  for (int i = 0; i < 31; i++) {
                    xml.write(inline(null, "a".repeat(32_767)));
                  }
                  xml.write("</row></sheetData>");
                })
            .bytes();

    try (Table table = open(workbook, 50 * ONE_MB)) {
      assertThat(rows(table).get(0).problems())
          .extracting(problem -> problem.line())
          .contains(
              "values.xlsx, row 2: the row holds more than 1,000,000 characters, the most Beacon"
                  + " reads of a row");
    }
  }

  @Test
  void refusesARowPastExcelsLastRow() {
    byte[] workbook =
        new WorkbookFiles()
            .sheet(
                xml ->
                    xml.write(
                        "<sheetData><row r=\"1\">"
                            + inline("A1", "code")
                            + "</row><row r=\"1048577\">"
                            + inline("A1048577", "V1")
                            + "</row></sheetData>"))
            .bytes();

    assertThatThrownBy(
            () -> {
              try (Table table = open(workbook, 50 * ONE_MB)) {
                rows(table);
              }
            })
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("values.xlsx: the sheet has a row 1048577, past Excel's last row (1048576)");
  }

  @Test
  void refusesMoreCellStylesThanExcelAllows() {
    byte[] workbook =
        oneValue()
            .styles(
                xml -> {
                  xml.write("<cellXfs>");
                  for (int i = 0; i <= 64_000; i++) {
                    xml.write("<xf numFmtId=\"0\"/>");
                  }
                  xml.write("</cellXfs>");
                })
            .bytes();

    assertThatThrownBy(() -> open(workbook, 50 * ONE_MB))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "values.xlsx: the workbook has more than 64000 cell styles, more than Excel allows");
  }

  private static WorkbookFiles oneValue() {
    return new WorkbookFiles()
        .sheet(
            xml ->
                xml.write(
                    "<sheetData><row r=\"1\">"
                        + inline("A1", "value")
                        + "</row><row r=\"2\"><c r=\"A2\"><v>85</v></c></row></sheetData>"));
  }

  private static String inline(String reference, String text) {
    return "<c"
        + (reference == null ? "" : " r=\"" + reference + "\"")
        + " t=\"inlineStr\"><is><t>"
        + text
        + "</t></is></c>";
  }

  private static Table open(byte[] workbook, long limit) {
    return TableFiles.open("values.xlsx", new ByteArrayInputStream(workbook), null, limit);
  }

  private static List<TableRow> rows(Table table) {
    List<TableRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    return rows;
  }
}
