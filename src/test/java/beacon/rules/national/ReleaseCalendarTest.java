package beacon.rules.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.period.AcademicYear;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Month;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseCalendarTest {

  private static final ReleaseCalendar CALENDAR =
      new ReleaseCalendar(
          Map.of(
              "CIN Census", 7,
              "Key stage 2 attainment", 4,
              "Children's social work workforce census", 5));

  @Test
  void aYearsFiguresArePublishedOnTheLastDayOfTheMonthTheyUsuallyComeOut() {
    assertThat(CALENDAR.publishedOn("CIN Census", new FinancialYear(2018)))
        .contains(LocalDate.of(2019, 10, 31));
    assertThat(CALENDAR.publishedOn("Key stage 2 attainment", new AcademicYear(2018)))
        .contains(LocalDate.of(2019, 12, 31));
    assertThat(CALENDAR.publishedOn("Children's social work workforce census", Month.of(2019, 9)))
        .contains(LocalDate.of(2020, 2, 29));
  }

  @Test
  void thePublicationIsNamedInAnyCase() {
    assertThat(CALENDAR.publishedOn("cin census ", new FinancialYear(2021)))
        .contains(LocalDate.of(2022, 10, 31));
  }

  @Test
  void aPublicationTheCalendarDoesNotNameHasNoKnownDay() {
    assertThat(CALENDAR.publishedOn("ONS", new FinancialYear(2021))).isEmpty();
    assertThat(CALENDAR.publishedOn(null, new FinancialYear(2021))).isEmpty();
    assertThat(CALENDAR.monthsAfter("ONS")).isEmpty();
  }

  @Test
  void noFigureIsPublishedBeforeItsYearEnds() {
    for (int months = 0; months < 24; months++) {
      ReleaseCalendar calendar = new ReleaseCalendar(Map.of("P", months));
      FinancialYear year = new FinancialYear(2020);
      assertThat(calendar.publishedOn("P", year).orElseThrow())
          .isAfterOrEqualTo(year.end())
          .isBefore(year.end().plusMonths(months + 1));
    }
  }

  @Test
  void aPublicationOutBeforeItsYearEndsIsRefused() {
    assertThatThrownBy(() -> new ReleaseCalendar(Map.of("CIN Census", -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CIN Census");
  }
}
