package beacon.national.files;

import static beacon.national.files.NationalResources.gzipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.national.LaitValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EesFileTest {

  private static final String HEADER =
      "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
          + "region_name,old_la_code,new_la_code,la_name,";

  private static final EesFile C1 = file("c1");

  @Test
  void readsEveryMeasureColumnForEnglandTheRegionsAndTheAuthorities() {
    List<LaitValue> values = new ArrayList<>();
    List<NationalMeasure> measures =
        C1.read(
            gzipped(
                HEADER
                    + "category,referral_count,rereferral_percent\n"
                    + "2022,Reporting year,National,E92000001,England,,,,,,Referrals,650270,21.5\n"
                    + "2022,Reporting year,Regional,E92000001,England,E13000001,Inner London,,,,"
                    + "Referrals,20000,19.1\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000008,South East,"
                    + "825,E06000060,Buckinghamshire,Referrals,5600,32.700000000000003\n"),
            noLaitRegions(),
            values::add);

    assertThat(measures)
        .extracting(NationalMeasure::code)
        .containsExactly("c1.referral_count", "c1.rereferral_percent");
    assertThat(values).hasSize(6);
    LaitValue england = find(values, "c1.rereferral_percent", "970");
    assertThat(england.areaName()).isEqualTo("England");
    assertThat(england.year()).isEqualTo("2022");
    assertThat(england.value()).isEqualByComparingTo("21.5");
    assertThat(england.isEngland()).isTrue();
    LaitValue inner = find(values, "c1.rereferral_percent", "987");
    assertThat(inner.areaName()).isEqualTo("London (Inner)");
    assertThat(inner.isRegion()).isTrue();
    LaitValue bucks = find(values, "c1.rereferral_percent", "825");
    assertThat(bucks.areaName()).isEqualTo("Buckinghamshire");
    assertThat(bucks.region()).isEqualTo("South East");
    assertThat(bucks.value()).isEqualTo(new BigDecimal("32.7"));
  }

  @Test
  void describesAMeasureByItsColumnWithTheFileAsItsSource() {
    NationalMeasure measure =
        C1.read(
                gzipped(
                    HEADER
                        + "category,rereferral_child_percent\n"
                        + "2022,Reporting year,National,E92000001,England,,,,,,Referrals,20.2\n"),
                noLaitRegions(),
                value -> {})
            .get(0);

    assertThat(measure.code()).isEqualTo("c1.rereferral_child_percent");
    assertThat(measure.name()).isEqualTo("Rereferral child percent");
    assertThat(measure.polarity()).isNull();
    assertThat(measure.yearType()).isEqualTo("Reporting Year");
    assertThat(measure.publication()).isEqualTo("CIN Census");
    assertThat(measure.source()).isEqualTo("c1.csv.gz");
    assertThat(measure.banded()).isTrue();
    assertThat(measure.description()).isEqualTo("rereferral_child_percent of c1.csv.gz.");
  }

  @Test
  void makesAMeasureOfEachValueOfAFilterThatTellsRowsOfOnePlaceAndYearApart() {
    List<LaitValue> values = new ArrayList<>();
    List<NationalMeasure> measures =
        file("cla")
            .read(
                gzipped(
                    "\uFEFFtime_period,time_identifier,geographic_level,country_code,country_name,"
                        + "region_code,region_name,old_la_code,la_name,new_la_code,"
                        + "population_type,rate_per_10000\n"
                        + "2022,Reporting year,National,E92000001,England,,,,,,"
                        + "Children looked after on 31 March each year,70\n"
                        + "2022,Reporting year,National,E92000001,England,,,,,,"
                        + "Children starting to be looked after each year,26\n"),
                noLaitRegions(),
                values::add);

    assertThat(measures)
        .extracting(NationalMeasure::code)
        .containsExactly(
            "cla.rate_per_10000.children_looked_after_on_31_march_each_year",
            "cla.rate_per_10000.children_starting_to_be_looked_after_each_year");
    assertThat(measures.get(0).name())
        .isEqualTo("Rate per 10000 (Children looked after on 31 March each year)");
    assertThat(measures.get(0).description())
        .isEqualTo(
            "rate_per_10000 of cla.csv.gz, where population_type is \"Children looked after on"
                + " 31 March each year\".");
    assertThat(values).extracting(LaitValue::value).containsExactly(bd("70"), bd("26"));
  }

  @Test
  void readsAQuotedFilterValueWithACommaAndADoubledQuoteAsWritten() {
    List<LaitValue> values = new ArrayList<>();
    List<NationalMeasure> measures =
        file("cla")
            .read(
                gzipped(
                    HEADER
                        + "population_type,rate_per_10000\r\n"
                        + "2022,Reporting year,National,E92000001,England,,,,,,"
                        + "\"Looked after, on 31 March \"\"each year\"\"\",70\r\n"
                        + "2022,Reporting year,National,E92000001,England,,,,,,"
                        + "Starting to be looked after,26\r\n"),
                noLaitRegions(),
                values::add);

    assertThat(measures)
        .extracting(NationalMeasure::code, NationalMeasure::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "cla.rate_per_10000.looked_after_on_31_march_each_year",
                "Rate per 10000 (Looked after, on 31 March \"each year\")"),
            org.assertj.core.groups.Tuple.tuple(
                "cla.rate_per_10000.starting_to_be_looked_after",
                "Rate per 10000 (Starting to be looked after)"));
    assertThat(values).extracting(LaitValue::value).containsExactly(bd("70"), bd("26"));
  }

  @Test
  void leavesOutAColumnOfWordsThatIsTheSameForEveryRowOfAPlaceAndYear() {
    List<NationalMeasure> measures =
        file("ks2")
            .read(
                gzipped(
                    HEADER
                        + "social_care_group,version,pt_rwm_met_expected_standard\n"
                        + "202324,Academic year,National,E92000001,England,,,,,,"
                        + "CLA 12 months at 31 March,Final,37\n"
                        + "202324,Academic year,National,E92000001,England,,,,,,"
                        + "CINO at 31 March,Final,44\n"
                        + "202425,Academic year,National,E92000001,England,,,,,,"
                        + "CLA 12 months at 31 March,Revised,38\n"),
                noLaitRegions(),
                value -> {});

    assertThat(measures)
        .extracting(NationalMeasure::code)
        .containsExactly(
            "ks2.pt_rwm_met_expected_standard.cla_12_months_at_31_march",
            "ks2.pt_rwm_met_expected_standard.cino_at_31_march");
  }

  @Test
  void writesFinancialAndAcademicYearsAsTheLaitDoes() {
    List<LaitValue> values = new ArrayList<>();
    file("x")
        .read(
            gzipped(
                HEADER
                    + "spend\n"
                    + "202122,Financial year,National,E92000001,England,,,,,,1\n"
                    + "201920,Academic year,National,E92000001,England,,,,,,2\n"
                    + "2023,Calendar year,National,E92000001,England,,,,,,3\n"
                    + "2024,Reporting year,National,E92000001,England,,,,,,4\n"),
            noLaitRegions(),
            values::add);

    assertThat(values)
        .extracting(LaitValue::year)
        .containsExactly("2021/22", "2019/20", "2023", "2024");
  }

  @Test
  void keepsEachSuppressionMarkInLowerCaseWithoutAFigure() {
    List<LaitValue> values = new ArrayList<>();
    file("x")
        .read(
            gzipped(
                HEADER
                    + "figure\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000001,North East,"
                    + "841,E06000005,Darlington,C\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000001,North East,"
                    + "840,E06000047,County Durham,low\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000001,North East,"
                    + "805,E06000001,Hartlepool,z\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000001,North East,"
                    + "806,E06000002,Middlesbrough,\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000001,North East,"
                    + "807,E06000003,Redcar and Cleveland,84.300000000000011\n"),
            noLaitRegions(),
            values::add);

    assertThat(values)
        .extracting(LaitValue::suppression)
        .containsExactly("c", "low", "z", null, null);
    assertThat(values)
        .extracting(LaitValue::value)
        .containsExactly(null, null, null, null, bd("84.3"));
  }

  @Test
  void givesTheFigureOfTwoAuthoritiesThatReportTogetherToEach() {
    List<LaitValue> values = new ArrayList<>();
    file("csww")
        .read(
            gzipped(
                HEADER
                    + "turnover_rate_fte\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E13000002,"
                    + "Outer London,314 / 318,E09000021 / E09000027,"
                    + "Kingston upon Thames / Richmond upon Thames,19.9\n"),
            noLaitRegions(),
            values::add);

    assertThat(values)
        .extracting(LaitValue::areaCode, LaitValue::areaName, LaitValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("314", "Kingston upon Thames", bd("19.9")),
            org.assertj.core.groups.Tuple.tuple("318", "Richmond upon Thames", bd("19.9")));
  }

  @Test
  void putsAnAuthorityInItsRegionAsTheLaitWritesItOrElseAsTheFileDoes() {
    List<LaitValue> values = new ArrayList<>();
    file("x")
        .read(
            gzipped(
                HEADER
                    + "figure\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000007,London,"
                    + "202,E09000007,Camden,1\n"
                    + "2022,Reporting year,Local authority,E92000001,England,E12000008,South East,"
                    + "825,E06000060,Buckinghamshire,2\n"),
            Map.of("202", "Inner London")::get,
            values::add);

    assertThat(values).extracting(LaitValue::region).containsExactly("Inner London", "South East");
  }

  @Test
  void leavesOutPlacesOtherThanEnglandTheRegionsAndTheAuthorities() {
    List<LaitValue> values = new ArrayList<>();
    file("x")
        .read(
            gzipped(
                HEADER
                    + "figure\n"
                    + "2022,Reporting year,Local authority district,E92000001,England,,,,,,1\n"
                    + "2022,Reporting year,National,K04000001,England and Wales,,,,,,2\n"
                    + "2022,Reporting year,National,E92000001,England,,,,,,3\n"),
            noLaitRegions(),
            values::add);

    assertThat(values).extracting(LaitValue::value).containsExactly(bd("3"));
  }

  @Test
  void readsATimeInYearsAndMonthsAsMonths() {
    List<LaitValue> values = new ArrayList<>();
    List<NationalMeasure> measures =
        file("adoption")
            .read(
                gzipped(
                    "time_period,time_identifier,geographic_level,country_code,country_name,"
                        + "stage,number\n"
                        + "2025,Reporting year,National,E92000001,England,Entry to adoption,02:03\n"
                        + "2025,Reporting year,National,E92000001,England,Placed within 12 months,"
                        + "2150\n"),
                noLaitRegions(),
                values::add);

    assertThat(values).extracting(LaitValue::value).containsExactly(bd("27"), bd("2150"));
    assertThat(measures)
        .extracting(NationalMeasure::name)
        .containsExactly(
            "Number in months (Entry to adoption)", "Number (Placed within 12 months)");
  }

  @Test
  void refusesTwoFiguresForOneMeasurePlaceAndYearNamingTheRows() {
    assertThatThrownBy(
            () ->
                C1.read(
                    gzipped(
                        HEADER
                            + "category,referral_count\n"
                            + "2022,Reporting year,National,E92000001,England,,,,,,Referrals,1\n"
                            + "2022,Reporting year,National,E92000001,England,,,,,,Referrals,2\n"),
                    noLaitRegions(),
                    value -> {}))
        .isInstanceOf(NationalFileException.class)
        .hasMessage(
            "c1.csv.gz, row 3: this row gives c1.referral_count for England (970) in 2022 again:"
                + " row 2 gave it, and no filter column tells the two rows apart");
  }

  @Test
  void refusesARegionTheLaitDoesNotHave() {
    assertThatThrownBy(
            () ->
                C1.read(
                    gzipped(
                        HEADER
                            + "referral_count\n"
                            + "2022,Reporting year,Regional,E92000001,England,W99,Wales,,,,1\n"),
                    noLaitRegions(),
                    value -> {}))
        .isInstanceOf(NationalFileException.class)
        .hasMessage("c1.csv.gz, row 2: the region 'Wales' is not one of the LAIT's regions");
  }

  @Test
  void refusesAYearItCannotRead() {
    assertThatThrownBy(
            () ->
                C1.read(
                    gzipped(
                        HEADER
                            + "referral_count\n"
                            + "2022,Spring term,National,E92000001,England,,,,,,1\n"),
                    noLaitRegions(),
                    value -> {}))
        .isInstanceOf(NationalFileException.class)
        .hasMessageStartingWith(
            "c1.csv.gz, row 2: time_identifier 'Spring term' is not a year Beacon reads");
  }

  @Test
  void readsTheShippedReReferralsAsTheLaitPublishesThem() throws IOException {
    EesFile c1 = shipped("c1");
    List<LaitValue> values = new ArrayList<>();
    try (InputStream in = NationalResources.open(c1.resource())) {
      c1.read(in, noLaitRegions(), values::add);
    }
    LaitValue[] lait = {null};
    try (InputStream in = NationalResources.open(LaitDataSet.RESOURCE)) {
      LaitDataSet.read(
          in,
          value -> {
            if (value.measure().equals("ReReferral")
                && value.year().equals("2022")
                && value.isEngland()) {
              lait[0] = value;
            }
          });
    }

    LaitValue childBased = find(values, "c1.rereferral_child_percent", "970", "2022");
    LaitValue referralBased = find(values, "c1.rereferral_percent", "970", "2022");
    assertThat(childBased.value()).isEqualByComparingTo("20.2");
    assertThat(referralBased.value()).isEqualByComparingTo("21.5");
    assertThat(referralBased.value()).isEqualByComparingTo(lait[0].value());
    assertThat(find(values, "c1.rereferral_child_percent", "825", "2022").value())
        .isEqualByComparingTo("30.6");
  }

  @Test
  void readsEveryShippedFileIntoMeasuresWhoseCodesTheLaitCannotHave() throws IOException {
    Set<String> codes = new HashSet<>();
    int figures = 0;
    for (EesFile file : EesFile.SHIPPED) {
      int[] count = {0};
      try (InputStream in = NationalResources.open(file.resource())) {
        for (NationalMeasure measure : file.read(in, noLaitRegions(), value -> count[0]++)) {
          assertThat(codes.add(measure.code())).as(measure.code()).isTrue();
          assertThat(measure.source()).isEqualTo(file.fileName());
        }
      }
      figures += count[0];
    }

    assertThat(codes).hasSize(414).allMatch(code -> code.matches("[A-Za-z0-9_.-]+"));
    assertThat(codes).allMatch(code -> code.contains("."));
    assertThat(figures).isEqualTo(409_306);
    assertThat(codes)
        .contains(
            "c1.rereferral_percent",
            "d3.CPP_subsequent_percent",
            "c4.Duration_21plus_days",
            "csww.caseload_fte",
            "ks4.avg_att8.cla_12_months_at_31_march");
  }

  private static EesFile file(String code) {
    return new EesFile(code, code + ".csv.gz", code.equals("c1") ? "CIN Census" : "Test");
  }

  private static EesFile shipped(String code) {
    return EesFile.SHIPPED.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  private static Function<String, String> noLaitRegions() {
    return new HashMap<String, String>()::get;
  }

  private static LaitValue find(List<LaitValue> values, String measure, String area) {
    return values.stream()
        .filter(v -> v.measure().equals(measure) && v.areaCode().equals(area))
        .findFirst()
        .orElseThrow();
  }

  private static LaitValue find(List<LaitValue> values, String measure, String area, String year) {
    return values.stream()
        .filter(
            v -> v.measure().equals(measure) && v.areaCode().equals(area) && v.year().equals(year))
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal bd(String text) {
    return new BigDecimal(text);
  }
}
