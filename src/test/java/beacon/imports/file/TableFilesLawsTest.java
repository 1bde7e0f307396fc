package beacon.imports.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever is uploaded, reading it fails only as a file that cannot be read; and numbers read back
 * as written.
 */
class TableFilesLawsTest {

  private static final long LIMIT = 1024 * 1024;
  private static byte[] workbook;

  private static byte[] workbook() throws IOException {
    if (workbook == null) {
      workbook = ExcelFilesTest.valuesWorkbook();
    }
    return workbook;
  }

  /** Opens and reads every row; returns normally or throws only UnreadableFileException. */
  private static void readWhole(String fileName, byte[] bytes) {
    try (Table table = TableFiles.open(fileName, new ByteArrayInputStream(bytes), null, LIMIT)) {
      for (TableRow row : table) {
        assertThat(row.number()).isGreaterThan(1);
        assertThat(row.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(row.number()));
      }
    } catch (UnreadableFileException e) {
      assertThat(e.problem().file()).isEqualTo(fileName);
    }
  }

  @Property(tries = 300)
  void randomBytesAsCsvFailOnlyAsAnUnreadableFile(@ForAll @Size(max = 2000) byte[] bytes) {
    readWhole("values.csv", bytes);
  }

  @Provide
  Arbitrary<String> malformedCsv() {
    return Arbitraries.strings()
        .withChars(",;\t\"\r\n a1£’\uFEFF")
        .ofMaxLength(300)
        .map(body -> "code,value,note\r\n" + body);
  }

  @Property(tries = 500)
  void malformedCsvFailsOnlyAsAnUnreadableFile(@ForAll("malformedCsv") String text) {
    readWhole("values.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    readWhole("values.csv", text.getBytes(CsvText.WINDOWS_1252));
  }

  @Property(tries = 200)
  void randomBytesAsAWorkbookFailOnlyAsAnUnreadableFile(@ForAll @Size(max = 2000) byte[] bytes) {
    readWhole("values.xlsx", bytes);
  }

  @Property(tries = 200)
  void aDamagedWorkbookFailsOnlyAsAnUnreadableFile(
      @ForAll @Size(min = 1, max = 20) int[] positions, @ForAll byte damage) throws IOException {
    byte[] bytes = workbook().clone();
    for (int position : positions) {
      bytes[Math.floorMod(position, bytes.length)] ^= (byte) (damage == 0 ? 1 : damage);
    }
    readWhole("values.xlsx", bytes);
  }

  @Property
  void aNumberWrittenPlainlyReadsBackAsTheSameNumber(@ForAll BigDecimal number) {
    assertThat(Cells.number(number.toPlainString())).isEqualTo(number);
  }

  @Property
  void aNumberWrittenWithThousandsCommasReadsBackAsTheSameNumber(@ForAll BigDecimal number) {
    DecimalFormat withCommas =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    withCommas.setParseBigDecimal(true);
    withCommas.setMinimumFractionDigits(Math.max(0, number.scale()));
    withCommas.setMaximumFractionDigits(Math.max(0, number.scale()));
    BigDecimal written = number.scale() < 0 ? number.setScale(0) : number;
    assertThat(Cells.number(withCommas.format(written))).isEqualTo(written);
  }
}
