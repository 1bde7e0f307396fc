package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row of an Explore Education Statistics file reads the same for the national data and for an
 * imported file of benchmarks: its year, its level and its place.
 */
class EesRowTest {

  @Test
  void readsEachKindOfYearBeaconReadsAsTheLaitWritesIt() {
    assertThat(year("Reporting year", "2022"))
        .isEqualTo(new EesYear(EesYear.Kind.REPORTING_YEAR, 2022, 2022));
    assertThat(year("Reporting year", "2022").laitYear()).isEqualTo("2022");
    assertThat(year("Calendar year", " 2023 ").laitYear()).isEqualTo("2023");
    assertThat(year("financial YEAR", "202122"))
        .isEqualTo(new EesYear(EesYear.Kind.FINANCIAL_YEAR, 2021, 2022));
    assertThat(year("Academic year", "201920").laitYear()).isEqualTo("2019/20");
    assertThat(year("Academic year", "209900").laitYear()).isEqualTo("2099/00");
  }

  @Test
  void refusesATimeIdentifierOfAKindItDoesNotReadNamingItsColumn() {
    assertThatThrownBy(() -> year("Spring term", "2022"))
        .isInstanceOfSatisfying(
            EesFormatException.class, e -> assertThat(e.column()).isEqualTo("time_identifier"))
        .hasMessage(
            "'Spring term' is not a year Beacon reads: it reads reporting, financial, academic and"
                + " calendar years");
  }

  @Test
  void refusesATimePeriodThatIsNotTheKindOfYearItsIdentifierSaysNamingItsColumn() {
    assertThatThrownBy(() -> year("Financial year", "202123"))
        .isInstanceOfSatisfying(
            EesFormatException.class, e -> assertThat(e.column()).isEqualTo("time_period"))
        .hasMessage("'202123' is not a financial year");
    assertThatThrownBy(() -> year("Reporting year", "202122"))
        .hasMessage("'202122' is not a reporting year");
  }

  @Test
  void readsTheGeographicLevelInAnyCaseAndEveryOtherLevelAsOther() {
    assertThat(row("geographic_level", " national ").level()).isEqualTo(EesRow.Level.NATIONAL);
    assertThat(row("geographic_level", "Regional").level()).isEqualTo(EesRow.Level.REGIONAL);
    assertThat(row("geographic_level", "Local Authority").level())
        .isEqualTo(EesRow.Level.LOCAL_AUTHORITY);
    assertThat(row("geographic_level", "Local authority district").level())
        .isEqualTo(EesRow.Level.OTHER);
  }

  @Test
  void aNationalRowIsEnglandsWhenItNamesEnglandInAnyCaseOrNoCountry() {
    assertThat(row("geographic_level", "National", "country_name", "England").isEngland()).isTrue();
    assertThat(row("geographic_level", "National", "country_name", "ENGLAND").isEngland()).isTrue();
    assertThat(row("geographic_level", "National").isEngland()).isTrue();
    assertThat(row("geographic_level", "National", "country_name", "England and Wales").isEngland())
        .isFalse();
    assertThat(row("geographic_level", "Regional", "country_name", "England").isEngland())
        .isFalse();
  }

  @Test
  void readsAColumnTheFileDoesNotHaveAsEmpty() {
    EesRow row = row("geographic_level", "Local authority", "old_la_code", " 825 ");
    assertThat(row.oldLaCode()).isEqualTo("825");
    assertThat(row.newLaCode()).isEmpty();
    assertThat(row.cell("population_type")).isEmpty();
  }

  @Test
  void takesTheColumnsBesidesTimeAndPlaceAsFiltersAndMeasures() {
    assertThat(
            EesColumns.filtersAndMeasures(
                List.of(
                    "time_period",
                    "time_identifier",
                    "geographic_level",
                    "old_la_code",
                    "la_name",
                    "population_type",
                    "",
                    "rate_per_10000")))
        .containsExactly("population_type", "rate_per_10000");
  }

  @Test
  void readsAFigureWithoutItsNoiseAMarkOrNothingAsWhatAMeasureColumnHas() {
    assertThat(EesFigures.figure("84.300000000000011")).isEqualTo(new BigDecimal("84.3"));
    assertThat(EesFigures.figure("01:07")).isEqualTo(new BigDecimal("19"));
    assertThat(EesFigures.withoutNoise(new BigDecimal("1.2E+3")).toString()).isEqualTo("1200");
    assertThat(EesFigures.isFigureOrNone("c")).isTrue();
    assertThat(EesFigures.isFigureOrNone(" ")).isTrue();
    assertThat(EesFigures.isFigureOrNone("Children looked after on 31 March each year")).isFalse();
  }

  private static EesYear year(String identifier, String period) {
    return row("time_identifier", identifier, "time_period", period).year();
  }

  private static EesRow row(String... headingsAndCells) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < headingsAndCells.length; i += 2) {
      cells.put(headingsAndCells[i], headingsAndCells[i + 1]);
    }
    return new EesRow(cells::get);
  }
}
