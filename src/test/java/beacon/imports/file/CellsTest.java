package beacon.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.rating.Marker;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "85|85",
        "85.5|85.5",
        "85%|85",
        "85.5 %|85.5",
        "1,234|1234",
        "1,234.5|1234.5",
        "1,234,567|1234567",
        "' 12 '|12",
        "-3.25|-3.25",
        "−4|-4",
        "+7|7",
        ".5|0.5",
        "0.10|0.10",
        "1.5E+3|1.5E+3"
      })
  void readsNumbersAsCouncilsWriteThem(String text, String number) {
    assertThat(Cells.number(text)).isEqualByComparingTo(new BigDecimal(number));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12abc", "1.2.3", "eighty", "1,23,4", "12,34", "%", "-", "e5", "£5", "1 234"})
  void refusesWhatIsNotANumber(String text) {
    assertThatThrownBy(() -> Cells.number(text))
        .isInstanceOf(CellFormatException.class)
        .hasMessageStartingWith("'" + text + "' is not a number");
  }

  @Test
  void saysWhatToWriteInstead() {
    assertThatThrownBy(() -> Cells.number("eighty"))
        .hasMessage("'eighty' is not a number: write it in figures, like 83, 83.5, 83% or 1,234");
    assertThatThrownBy(() -> Cells.number("83,5"))
        .hasMessage("'83,5' is not a number: write decimals with a point, like 83.5");
    assertThatThrownBy(() -> Cells.number("Suppressed"))
        .hasMessage(
            "'Suppressed' is not a number: put 'Suppressed' in the marker column and leave the"
                + " value empty");
    assertThatThrownBy(() -> Cells.number(" ")).hasMessage("a number is needed here");
  }

  @Test
  void readsAnEmptyCellAsNoNumberWhereOneIsOptional() {
    assertThat(Cells.optionalNumber("")).isEmpty();
    assertThat(Cells.optionalNumber(" 3 ")).contains(new BigDecimal("3"));
  }

  @Test
  void tellsAPercentageWrittenWithItsSign() {
    assertThat(Cells.writtenAsPercentage("85%")).isTrue();
    assertThat(Cells.writtenAsPercentage("85")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "true,true",
    "TRUE,true",
    "yes,true",
    "Y,true",
    "1,true",
    "false,false",
    "No,false",
    "n,false",
    "0,false",
    "'',false"
  })
  void readsYesOrNo(String text, boolean yes) {
    assertThat(Cells.yesOrNo(text)).isEqualTo(yes);
  }

  @Test
  void refusesAnotherWordForYesOrNo() {
    assertThatThrownBy(() -> Cells.yesOrNo("maybe"))
        .isInstanceOf(CellFormatException.class)
        .hasMessage("'maybe' is not yes or no: write yes or no (or leave it empty for no)");
  }

  @Test
  void readsADayAsCouncilsAndSpreadsheetsWriteIt() {
    assertThat(Cells.optionalDate("30/11/2019")).contains(java.time.LocalDate.of(2019, 11, 30));
    assertThat(Cells.optionalDate("1/3/2020")).contains(java.time.LocalDate.of(2020, 3, 1));
    assertThat(Cells.optionalDate(" 2019-11-30 ")).contains(java.time.LocalDate.of(2019, 11, 30));
    assertThat(Cells.optionalDate("")).isEmpty();
  }

  @Test
  void refusesWhatIsNotADay() {
    assertThatThrownBy(() -> Cells.optionalDate("31/11/2019"))
        .isInstanceOf(CellFormatException.class)
        .hasMessage("'31/11/2019' is not a date: write it like 30/11/2019 or 2019-11-30");
    assertThatThrownBy(() -> Cells.optionalDate("November 2019"))
        .isInstanceOf(CellFormatException.class);
  }

  @Test
  void readsMarkersByTheirWordsInAnyCase() {
    assertThat(Cells.marker("New")).contains(Marker.NEW);
    assertThat(Cells.marker("new definition")).contains(Marker.NEW_DEFINITION);
    assertThat(Cells.marker("NOT AVAILABLE")).contains(Marker.NOT_AVAILABLE);
    assertThat(Cells.marker("not_available")).contains(Marker.NOT_AVAILABLE);
    assertThat(Cells.marker("N/A")).contains(Marker.NOT_AVAILABLE);
    assertThat(Cells.marker(" Suppressed ")).contains(Marker.SUPPRESSED);
    assertThat(Cells.marker("")).isEmpty();
    assertThatThrownBy(() -> Cells.marker("Pending"))
        .isInstanceOf(CellFormatException.class)
        .hasMessage(
            "'Pending' is not a marker: write New, New Definition, Not available or Suppressed, or"
                + " leave it empty");
  }
}
