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
  void dropsTheByteOrderMarkBeforeAQuotedFirstHeading() {
    CsvRecords records = records("\uFEFF\"LA num\",LA Name\n201,City of London\n");
    assertThat(records.header().column("LA num")).isZero();
  }

  @Test
  void readsABlankLineAsOneEmptyCellAndCountsItAsARow() {
    CsvRecords records = records("a,b\n\n1,2\n");
    records.next();
    assertThat(records.next()).containsExactly("");
    assertThat(records.next()).containsExactly("1", "2");
    assertThat(records.recordNumber()).isEqualTo(3);
  }

  @Test
  void namesTheRowOfTextAfterAClosingQuote() {
    CsvRecords records = records("a,b\n\"1\"x,2\n");
    records.next();
    assertThatThrownBy(records::next)
        .isInstanceOf(NationalFileException.class)
        .hasMessage("test.csv, row 2: text after a closing quote");
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
