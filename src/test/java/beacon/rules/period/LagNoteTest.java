package beacon.rules.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagNoteTest {

  @Test
  void anAcademicYearOneYearBehindIsSaidAsBuckinghamshiresPaperSaidIt() {
    assertThat(LagNote.of(Periods.fromCode("AY2016-17"), 12))
        .isEqualTo(
            "This result is for the academic year 2016/17 because the data runs one year behind.");
  }

  @Test
  void aLagIsSaidInYearsWhenItIsWholeYearsAndInMonthsOtherwise() {
    assertThat(LagNote.of(Periods.fromCode("2021-22"), 24))
        .isEqualTo(
            "This result is for the financial year 2021/22 because the data runs two years behind.");
    assertThat(LagNote.of(Periods.fromCode("2018-19-Q1"), 3))
        .isEqualTo("This result is for Q1 2018/19 because the data runs three months behind.");
    assertThat(LagNote.of(Periods.fromCode("2018-03"), 18))
        .isEqualTo("This result is for Mar 2018 because the data runs 18 months behind.");
    assertThat(LagNote.of(Periods.fromCode("2025"), 1))
        .isEqualTo("This result is for the year 2025 because the data runs one month behind.");
  }

  @Test
  void anIndicatorWithNoLagSetIsShowingTheLatestFigureThereIs() {
    assertThat(LagNote.of(Periods.fromCode("2018-19-Q1"), 0))
        .isEqualTo("This result is for Q1 2018/19, the latest figure there is.");
  }
}
