package beacon.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

  private static final long LIMIT = 1024 * 1024;

  private static List<TableRow> rows(Table table) {
    List<TableRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    return rows;
  }

  private static Table open(String name, byte[] bytes) {
    return TableFiles.open(name, new ByteArrayInputStream(bytes), null, LIMIT);
  }

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  @Test
  void readsUtf8WithAByteOrderMarkWithoutTheMarkInTheFirstHeading() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        bytes("Indicator_Code,Period,Value\r\nCSC-01,Q4 2022/23,85\r\n", StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, 3);
    System.arraycopy(text, 0, file, 3, text.length);

    try (Table table = open("values.csv", file)) {
      assertThat(table.headings()).containsExactly("indicator_code", "period", "value");
      List<TableRow> rows = rows(table);
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).number()).isEqualTo(2);
      assertThat(rows.get(0).text("indicator_code")).isEqualTo("CSC-01");
      assertThat(rows.get(0).text("period")).isEqualTo("Q4 2022/23");
      assertThat(rows.get(0).readWhole()).isTrue();
    }
  }

  @Test
  void readsUtf8WithoutAByteOrderMark() {
    try (Table table =
        open("values.csv", bytes("code,note\nA1,Costs £5’s worth\n", StandardCharsets.UTF_8))) {
      assertThat(rows(table).get(0).text("note")).isEqualTo("Costs £5’s worth");
    }
  }

  @Test
  void readsWindows1252AsExcelSavesCsvOnAUkMachine() {
    byte[] file =
        bytes(
            "code;note\r\nA1;Budget £1,200 for the team’s work\r\n",
            Charset.forName("windows-1252"));

    try (Table table = open("values.csv", file)) {
      assertThat(table.headings()).containsExactly("code", "note");
      assertThat(rows(table).get(0).text("note")).isEqualTo("Budget £1,200 for the team’s work");
    }
  }

  @Test
  void findsTheSeparatorInTheHeaderLine() {
    assertThat(headingsOf("a;b;c\n1;2;3\n")).containsExactly("a", "b", "c");
    assertThat(headingsOf("a\tb\tc\n1\t2\t3\n")).containsExactly("a", "b", "c");
    assertThat(headingsOf("a,b,c\n1,2,3\n")).containsExactly("a", "b", "c");
    assertThat(headingsOf("\"a;x\",b,c\n")).containsExactly("a;x", "b", "c");
  }

  private static List<String> headingsOf(String text) {
    try (Table table = open("file.txt", bytes(text, StandardCharsets.UTF_8))) {
      return table.headings();
    }
  }

  @Test
  void readsSemicolonSeparatedRowsWithCellsTrimmed() {
    try (Table table =
        open("values.csv", bytes(" Code ; Value \n A1 ; 1,234.5 \n", StandardCharsets.UTF_8))) {
      TableRow row = rows(table).get(0);
      assertThat(row.text("code")).isEqualTo("A1");
      assertThat(row.text("value")).isEqualTo("1,234.5");
    }
  }

  @Test
  void keepsANewlineInsideQuotesInOneCellAndCountsRowsAsASpreadsheetDoes() {
    String text = "code,note\nA1,\"first line\nsecond line\"\nA2,plain\n";
    try (Table table = open("values.csv", bytes(text, StandardCharsets.UTF_8))) {
      List<TableRow> rows = rows(table);
      assertThat(rows).extracting(TableRow::number).containsExactly(2, 3);
      assertThat(rows.get(0).text("note")).isEqualTo("first line\nsecond line");
      assertThat(rows.get(1).text("code")).isEqualTo("A2");
    }
  }

  @Test
  void skipsBlankRowsButKeepsCountingThem() {
    String text = "code,value\r\nA1,1\r\n,\r\n\r\nA2,2\r\n,,\r\n  \r\n\r\n,\r\n";
    try (Table table = open("values.csv", bytes(text, StandardCharsets.UTF_8))) {
      List<TableRow> rows = rows(table);
      assertThat(rows).extracting(TableRow::number).containsExactly(2, 5);
      assertThat(rows).extracting(r -> r.text("code")).containsExactly("A1", "A2");
    }
  }

  @Test
  void readsMissingCellsAsEmpty() {
    try (Table table =
        open("values.csv", bytes("code,value,note\nA1,5\n", StandardCharsets.UTF_8))) {
      TableRow row = rows(table).get(0);
      assertThat(row.text("note")).isEmpty();
      assertThat(row.cells()).containsKey("note");
      assertThat(row.readWhole()).isTrue();
    }
  }

  @Test
  void givesARowWithMoreCellsThanHeadingsWithItsProblem() {
    String text = "code,value\nA1,5,oops\nA2,6,,\n";
    try (Table table = open("values.csv", bytes(text, StandardCharsets.UTF_8))) {
      List<TableRow> rows = rows(table);
      assertThat(rows.get(0).readWhole()).isFalse();
      assertThat(rows.get(0).problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.line())
                    .isEqualTo(
                        "values.csv, row 2: the row has cells in 3 columns but the header has 2"
                            + " headings: nothing is read from 'oops' (is a separator or a quote"
                            + " missing?)");
              });
      assertThat(rows.get(1).readWhole()).as("empty trailing cells are no problem").isTrue();
    }
  }

  @Test
  void refusesAFileWithNoHeader() {
    assertThatThrownBy(() -> open("values.csv", bytes("\r\n,,\r\n", StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("values.csv: the file is empty: it has no header row");
  }

  @Test
  void refusesAQuoteLeftOpenNamingTheRow() {
    String text = "code,note\nA1,fine\nA2,\"never closed\n";
    try (Table table = open("values.csv", bytes(text, StandardCharsets.UTF_8))) {
      assertThatThrownBy(() -> rows(table))
          .isInstanceOf(UnreadableFileException.class)
          .satisfies(e -> assertThat(((UnreadableFileException) e).problem().row()).isEqualTo(3));
    }
  }

  @Test
  void refusesAFileOverTheLimitAsSoonAsTheLimitIsPassed() {
    StringBuilder text = new StringBuilder("code,value\n");
    while (text.length() < 3 * 1024 * 1024) {
      text.append("A1,12345\n");
    }
    assertThatThrownBy(
            () -> {
              try (Table table =
                  TableFiles.open(
                      "values.csv",
                      new ByteArrayInputStream(bytes(text.toString(), StandardCharsets.UTF_8)),
                      null,
                      1024 * 1024)) {
                rows(table);
              }
            })
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("values.csv: the file is larger than the 1 MB limit");
  }

  @Test
  void refusesAFileWhoseKnownLengthIsOverTheLimitBeforeReadingIt() {
    assertThatThrownBy(
            () ->
                TableFiles.open(
                    "values.csv",
                    60L * 1024 * 1024,
                    new ByteArrayInputStream(new byte[0]),
                    null,
                    50L * 1024 * 1024))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("values.csv: the file is larger than the 50 MB limit");
  }

  @Test
  void refusesAFileOfAnotherKindNamingTheKindsItReads() {
    assertThatThrownBy(() -> open("values.pdf", new byte[] {1, 2, 3}))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "values.pdf: the file is not one Beacon can read: it reads CSV files (.csv or .txt)"
                + " and Excel workbooks (.xlsx)");
    assertThatThrownBy(() -> open("values.xls", new byte[] {1, 2, 3}))
        .hasMessageEndingWith("save it from Excel as Excel Workbook (.xlsx) or as CSV");
  }
}
