package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    CsvRecords records =
        records("code,name\r\n825,\"Bucks, \"\"the county\"\"\"\r\n4,\"two\r\nlines\"\n");
    assertThat(records.next()).containsExactly("code", "name");
    assertThat(records.next()).containsExactly("825", "Bucks, \"the county\"");
    assertThat(records.next()).containsExactly("4", "two\r\nlines");
    assertThat(records.next()).isNull();
  }

  @Test
  void dropsTheByteOrderMarkBeforeTheFirstHeading() {
    CsvRecords records = records("\uFEFFLA num,LA Name\n201,City of London\n");
    assertThat(records.header().column("LA num")).isZero();
  }

  @Test
  void keepsEmptyCellsAndALastRowWithoutALineEnd() {
    CsvRecords records = records("a,b,c\n1,,\n2,x,");
    records.next();
    assertThat(records.next()).containsExactly("1", "", "");
    assertThat(records.next()).containsExactly("2", "x", "");
    assertThat(records.next()).isNull();
  }

  @Test
  void namesTheRowOfAQuoteLeftOpen() {
    CsvRecords records = records("a,b\n1,2\n3,\"open\n");
    records.next();
    records.next();
    assertThatThrownBy(records::next)
        .isInstanceOf(NationalFileException.class)
        .hasMessage("test.csv, row 3: a quote is not closed");
  }

  @Test
  void namesAMissingColumn() {
    assertThatThrownBy(() -> records("a,b\n").header().column("Region"))
        .isInstanceOf(NationalFileException.class)
        .hasMessageContaining("test.csv has no column \"Region\"");
  }

  private static CsvRecords records(String text) {
    return new CsvRecords("test.csv", new StringReader(text));
  }
}
