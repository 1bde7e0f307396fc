package beacon.rules.national;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.Period;
import org.junit.jupiter.api.Test;

class NationalYearsTest {

  @Test
  void aFinancialYearMeasuresYearIsTheYearEndingInMarchOfIt() {
    assertThat(code("2022", "Financial Year")).isEqualTo("2021-22");
    assertThat(code("2021/22", "Financial Year")).isEqualTo("2021-22");
    assertThat(code("2023-24 (OT)", "Financial Year")).isEqualTo("2023-24");
    assertThat(code("2025 (Rev)", "Financial Year")).isEqualTo("2024-25");
  }

  @Test
  void anAcademicYearMeasuresYearIsTheSchoolYearEndingInIt() {
    assertThat(code("2022", "Academic Year")).isEqualTo("AY2021-22");
    assertThat(code("2021/22", "Academic Year")).isEqualTo("AY2021-22");
  }

  @Test
  void calendarYearsSnapshotsAndCensusesAreTheirYearOrMonth() {
    assertThat(code("2021", "Calendar Year")).isEqualTo("2021");
    assertThat(code("2022", "Annual (end of Sept)")).isEqualTo("2022-09");
    assertThat(code("2023", "Annual - January")).isEqualTo("2023-01");
  }

  @Test
  void labelsOverSeveralYearsOrWithoutAYearHaveNoPeriod() {
    assertThat(NationalYears.periodOf("2014-16", "Calendar Year")).isEmpty();
    assertThat(NationalYears.periodOf("2021/22-23/24", "Financial Year")).isEmpty();
    assertThat(NationalYears.periodOf("0", "Financial Year")).isEmpty();
    assertThat(NationalYears.periodOf("", "Financial Year")).isEmpty();
  }

  @Test
  void aSourceNamesThePublicationAndTheYearAsCouncilsWriteIt() {
    assertThat(NationalYears.sourceOf("CIN Census", "2022", "Financial Year"))
        .isEqualTo("CIN Census 2021/22");
    assertThat(NationalYears.sourceOf("ONS", "2014-16", "Calendar Year")).isEqualTo("ONS 2014-16");
    assertThat(NationalYears.sourceOf(null, "2022", "Academic Year")).isEqualTo("DfE 2021/22");
  }

  private static String code(String label, String yearType) {
    return NationalYears.periodOf(label, yearType).map(Period::code).orElseThrow();
  }
}
