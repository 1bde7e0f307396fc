package beacon.rules.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearLabelsTest {

  @Test
  void givesTheYearBeforeWrittenTheSameWay() {
    assertThat(YearLabels.previous("2022")).isEqualTo("2021");
    assertThat(YearLabels.previous("2021/22")).isEqualTo("2020/21");
    assertThat(YearLabels.previous("2023-24")).isEqualTo("2022-23");
    assertThat(YearLabels.previous("2014-16")).isEqualTo("2013-15");
    assertThat(YearLabels.previous("2023-24 (OT)")).isEqualTo("2022-23 (OT)");
    assertThat(YearLabels.previous("2014/15-16/17")).isEqualTo("2013/14-15/16");
    assertThat(YearLabels.previous("2000/01")).isEqualTo("1999/00");
  }

  @Test
  void leavesOddLabelsWithoutAPreviousYear() {
    assertThat(YearLabels.previous("0")).isNull();
    assertThat(YearLabels.previous("Summer term")).isNull();
    assertThat(YearLabels.previous(null)).isNull();
    assertThat(YearLabels.endYear("0")).isNull();
  }

  @Test
  void findsThePreviousYearAmongAMeasuresYearsWhateverItsNote() {
    List<String> years = List.of("2017", "2018 (Rev)", "2019 (Rev)", "2020 (Final)");
    assertThat(YearLabels.previousAmong("2019 (Rev)", years)).isEqualTo("2018 (Rev)");
    assertThat(YearLabels.previousAmong("2018 (Rev)", years)).isEqualTo("2017");
    assertThat(YearLabels.previousAmong("2020 (Final)", years)).isEqualTo("2019 (Rev)");
    assertThat(YearLabels.previousAmong("2017", years)).isNull();
    assertThat(YearLabels.previousAmong("2025 (prov)", List.of("2024", "2025 (prov)")))
        .isEqualTo("2024");
  }

  @Test
  void placesALabelByTheYearsItCovers() {
    assertThat(YearLabels.endYear("2021/22")).isEqualTo(2022);
    assertThat(YearLabels.startYear("2021/22")).isEqualTo(2021);
    assertThat(YearLabels.endYear("2014-16")).isEqualTo(2016);
    assertThat(YearLabels.endYear("2024-25 (OT)")).isEqualTo(2025);
    assertThat(YearLabels.endYear("2013/14-15/16")).isEqualTo(2016);
    assertThat(YearLabels.endYear("2025 (Rev)")).isEqualTo(2025);
    assertThat(YearLabels.endYear("1999/00")).isEqualTo(2000);
  }
}
