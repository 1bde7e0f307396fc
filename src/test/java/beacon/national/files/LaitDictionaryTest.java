package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Polarity;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LaitDictionaryTest {

  private static List<NationalMeasure> measures;
  private static Map<String, NationalMeasure> byCode;

  @BeforeAll
  static void readTheShippedDictionary() throws IOException {
    try (InputStream in = NationalResources.open(LaitDictionary.RESOURCE)) {
      measures = LaitDictionary.read(in);
    }
    byCode =
        measures.stream().collect(Collectors.toMap(NationalMeasure::code, Function.identity()));
  }

  @Test
  void definesEachMeasureOfTheDataSetOnceByItsShortCode() {
    assertThat(measures).hasSize(434);
    assertThat(byCode).containsKeys("CP_conf_15days", "ReReferral", "PrevRegCPR", "ChildPov");
  }

  @Test
  void keepsTheFirstOfAMeasureListedUnderTwoTopics() {
    assertThat(byCode.get("LAC_Unauth").topic()).isEqualTo("Children Looked After");
    assertThat(byCode.get("LAC_Unauth").name()).isEqualTo("CLA Unauthorised Absence");
  }

  @Test
  void readsPolarityAsHighLowOrNone() {
    assertThat(byCode.get("CP_conf_15days").polarity()).isEqualTo(Polarity.HIGH);
    assertThat(byCode.get("ReReferral").polarity()).isEqualTo(Polarity.LOW);
    assertThat(measures).extracting(NationalMeasure::polarity).contains(Polarity.NONE);
  }

  @Test
  void readsTheMeasuresDefinition() {
    NationalMeasure icpc = byCode.get("CP_conf_15days");
    assertThat(icpc.name())
        .isEqualTo("Percentage of child protection conferences held within 15 days");
    assertThat(icpc.topic()).isEqualTo("Child Protection");
    assertThat(icpc.yearType()).isEqualTo("Financial Year");
    assertThat(icpc.owner()).isEqualTo("DfE");
    assertThat(icpc.decimals()).isNull();
    assertThat(icpc.description()).startsWith("Where concerns about a child");
  }

  @Test
  void givesExcelDayNumbersAsIsoDates() {
    NationalMeasure infantMortality = byCode.get("InfMort");
    assertThat(infantMortality.lastUpdate()).isEqualTo("2025-06-01");
    assertThat(infantMortality.nextUpdate()).isEqualTo("2026-06-01");
    assertThat(LaitDictionary.date("New Data")).isEqualTo("New Data");
    assertThat(LaitDictionary.date("NA")).isNull();
  }

  @Test
  void keepsAMethodologyOverSeveralLinesWithPlainLineBreaks() {
    String methodology = byCode.get("InfMort").methodology();
    assertThat(methodology)
        .startsWith("Infant deaths (under 1 year) at various ages are defined as:\n\n- early")
        .doesNotContain("\r");
  }

  @Test
  void readsTheDecimalPlacesWhereGiven() {
    assertThat(byCode.get("LAC_Fixed_ Ex").decimals()).isEqualTo(2);
  }

  @Test
  void namesThePublicationEachMeasureComesFrom() {
    assertThat(byCode.get("ReReferral").publication()).isEqualTo("CIN Census");
    assertThat(byCode.get("LACStable_2016on").publication()).isEqualTo("SSDA903 return");
    assertThat(byCode.get("LAC_KS4_AVG_Attain8").publication())
        .isEqualTo("Outcomes for children in need");
    assertThat(byCode.get("Work_Force_TO_Rate").publication())
        .isEqualTo("Children's social work workforce census");
    assertThat(byCode.get("InfMort").publication()).isEqualTo("ONS");
    assertThat(measures).allMatch(measure -> measure.source().equals("LAIT"));
    assertThat(measures).filteredOn(measure -> measure.publication() == null).isEmpty();
  }

  @Test
  void bandsEveryMeasureButThoseTheLaitShowsWithoutQuartiles() {
    assertThat(byCode.get("CP_conf_15days").banded()).isTrue();
    assertThat(byCode.get("Vacancies_cover").banded()).isFalse();
    assertThat(byCode.get("KS2R_AVG_Scaled_Score").banded()).isFalse();
  }

  @Test
  void saysWhichMeasuresTheLaitShowsWithoutQuartileBands() throws IOException {
    Set<String> without;
    try (InputStream in = NationalResources.open(LaitDictionary.RESOURCE)) {
      without = LaitDictionary.withoutQuartiles(in);
    }
    assertThat(without).contains("Vacancies_cover", "KS2R_AVG_Scaled_Score");
    assertThat(without).doesNotContain("CP_conf_15days");
  }
}
