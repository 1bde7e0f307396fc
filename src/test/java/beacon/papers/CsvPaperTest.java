package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvPaperTest {

  @Test
  void neutralisesCellsASpreadsheetWouldReadAsFormulas() {
    assertThat(CsvPaper.neutralised("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvPaper.neutralised("+1")).isEqualTo("'+1");
    assertThat(CsvPaper.neutralised("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvPaper.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvPaper.neutralised("\tcmd")).isEqualTo("'\tcmd");
  }

  @Test
  void leavesOrdinaryCellsAsTheyAre() {
    assertThat(CsvPaper.neutralised("51%")).isEqualTo("51%");
    assertThat(CsvPaper.neutralised("Statistical Neighbours 81%, England 83%"))
        .isEqualTo("Statistical Neighbours 81%, England 83%");
    assertThat(CsvPaper.neutralised("")).isEmpty();
  }
}
