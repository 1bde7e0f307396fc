package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaitPublicationsTest {

  private static final String EES = "https://explore-education-statistics.service.gov.uk/";

  @Test
  void namesThePublicationByTheStatisticsPageTheDictionaryLinksTo() {
    assertThat(
            LaitPublications.of(EES + "find-statistics/characteristics-of-children-in-need", "DfE"))
        .isEqualTo("CIN Census");
    assertThat(
            LaitPublications.of(
                EES + "find-statistics/children-looked-after-in-england-including-adoptions",
                "DfE"))
        .isEqualTo("SSDA903 return");
    assertThat(
            LaitPublications.of(
                "https://www.gov.uk/government/collections/statistics-childrens-social-care-workforce",
                "DfE"))
        .isEqualTo("Children's social work workforce census");
  }

  @Test
  void looksPastAYearAtTheEndOfTheAddress() {
    assertThat(
            LaitPublications.of(
                EES + "find-statistics/multiplication-tables-check-attainment/2023-24", "DfE"))
        .isEqualTo("Multiplication tables check");
    assertThat(
            LaitPublications.of(
                "https://www.gov.uk/government/statistics/national-child-measurement-programme-ncmp-annual-report-academic-year-2024-to-2025-england",
                "OHID"))
        .isEqualTo("National Child Measurement Programme");
  }

  @Test
  void namesTheDataOwnerForAPageItDoesNotKnow() {
    assertThat(LaitPublications.of("https://www.ons.gov.uk/peoplepopulationandcommunity/x", "ONS"))
        .isEqualTo("ONS");
    assertThat(LaitPublications.of(null, "Public Health England\n\n"))
        .isEqualTo("Public Health England");
    assertThat(LaitPublications.of("", "0")).isNull();
  }

  @Test
  void namesThePublicHealthProfilesBySite() {
    assertThat(
            LaitPublications.of(
                "https://fingertips.phe.org.uk/profile/child-health-profiles/data#page/3",
                "Office for Health Improvement and Disparities using NHS England"))
        .isEqualTo("Public health profiles (Fingertips)");
  }
}
