package beacon.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

  private static final FinancialYear YEAR_2018_19 = new FinancialYear(2018);

  @Test
  void aFigureWithADayOfPublicationIsKnownFromThatDay() {
    Benchmark england = england(YEAR_2018_19, LocalDate.of(2019, 10, 31));

    assertThat(england.knownBy(LocalDate.of(2019, 3, 31))).isFalse();
    assertThat(england.knownBy(LocalDate.of(2019, 10, 30))).isFalse();
    assertThat(england.knownBy(LocalDate.of(2019, 10, 31))).isTrue();
  }

  @Test
  void aFigureWithoutOneIsKnownOnceItsPeriodHasEnded() {
    Benchmark england = england(YEAR_2018_19, null);

    assertThat(england.knownBy(LocalDate.of(2019, 3, 30))).isFalse();
    assertThat(england.knownBy(LocalDate.of(2019, 3, 31))).isTrue();
  }

  @Test
  void aFigureWithoutAPeriodIsAlwaysKnown() {
    assertThat(england(null, null).knownBy(LocalDate.of(2000, 1, 1))).isTrue();
  }

  private static Benchmark england(FinancialYear year, LocalDate publishedOn) {
    return new Benchmark(
        1,
        null,
        Comparator.ENGLAND,
        "England",
        year,
        new BigDecimal("20"),
        "CIN Census",
        publishedOn);
  }
}
