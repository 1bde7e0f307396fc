package beacon.imports.file;

import static beacon.Laws.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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

  @Test
  void randomBytesAsCsvFailOnlyAsAnUnreadableFile() {
    forAll(300, draw -> readWhole("values.csv", draw.bytes(0, 2000)));
  }

  @Test
  void malformedCsvFailsOnlyAsAnUnreadableFile() {
    forAll(
        500,
        draw -> {
          String text = "code,value,note\r\n" + draw.text(",;\t\"\r\n a1£’\uFEFF", 300);
          readWhole("values.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          readWhole("values.csv", text.getBytes(CsvText.WINDOWS_1252));
        });
  }

  @Test
  void randomBytesAsAWorkbookFailOnlyAsAnUnreadableFile() {
    forAll(200, draw -> readWhole("values.xlsx", draw.bytes(0, 2000)));
  }

  @Test
  void aDamagedWorkbookFailsOnlyAsAnUnreadableFile() {
    forAll(
        200,
        draw -> {
          int[] positions = draw.integers(1, 20);
          byte damage = draw.anyByte();
          byte[] bytes = workbook().clone();
          for (int position : positions) {
            bytes[Math.floorMod(position, bytes.length)] ^= (byte) (damage == 0 ? 1 : damage);
          }
          readWhole("values.xlsx", bytes);
        });
  }

  @Test
  void aNumberWrittenPlainlyReadsBackAsTheSameNumber() {
    forAll(
        draw -> {
          BigDecimal number = draw.anyDecimal();
          assertThat(Cells.number(number.toPlainString())).isEqualTo(number);
        });
  }

  @Test
  void aNumberWrittenWithThousandsCommasReadsBackAsTheSameNumber() {
    forAll(
        draw -> {
          BigDecimal number = draw.anyDecimal();
          DecimalFormat withCommas =
              new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
          withCommas.setParseBigDecimal(true);
          withCommas.setMinimumFractionDigits(Math.max(0, number.scale()));
          withCommas.setMaximumFractionDigits(Math.max(0, number.scale()));
          BigDecimal written = number.scale() < 0 ? number.setScale(0) : number;
          assertThat(Cells.number(withCommas.format(written))).isEqualTo(written);
        });
  }
}
