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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LaitDataSetTest {

  private static final String HEADER =
      "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n";

  /** The shipped data set, read once: what the tests below look at. */
  private static int rows;

  private static final Set<String> measures = new HashSet<>();
  private static final Set<String> areas = new HashSet<>();
  private static final Set<String> years = new HashSet<>();
  private static final Map<String, LaitValue> samples = new HashMap<>();
  private static final Set<String> wanted =
      Set.of(
          "Continue_Assess_Comp|2018|825",
          "RTA|2014-16|303",
          "RTA|2014-16|201",
          "TotPermEx|2015/16|301",
          "CP_conf_15days|2022|970",
          "CP_conf_15days|2022|825",
          "ChildPov|2022|825",
          "ReReferral|2017|970",
          "ReReferral|2017|989",
          "ReReferral|2017|825");

  @BeforeAll
  static void readTheShippedDataSet() throws IOException {
    try (InputStream in = NationalResources.open(LaitDataSet.RESOURCE)) {
      LaitDataSet.read(
          in,
          value -> {
            rows++;
            measures.add(value.measure());
            areas.add(value.areaCode());
            years.add(value.year());
            String key = value.measure() + "|" + value.year() + "|" + value.areaCode();
            if (wanted.contains(key)) {
              samples.put(key, value);
            }
          });
    }
  }

  @Test
  void readsEveryRowOfTheShippedDataSet() {
    assertThat(rows).isEqualTo(641_070);
    assertThat(measures).hasSize(434);
    assertThat(areas).hasSize(170).contains("970", "989", "987", "988", "825");
  }

  @Test
  void takesTheFloatingPointNoiseOffTheFigures() {
    assertThat(sample("Continue_Assess_Comp|2018|825").value()).isEqualTo(new BigDecimal("84.3"));
    assertThat(sample("RTA|2014-16|303").value()).isEqualTo(new BigDecimal("9.37"));
    assertThat(sample("TotPermEx|2015/16|301").value()).isEqualTo(new BigDecimal("0.04798"));
    assertThat(sample("CP_conf_15days|2022|970").value()).isEqualTo(new BigDecimal("79.2"));
  }

  @Test
  void carriesTheMeasureNameFromTheMeasuresFirstRow() {
    LaitValue later = sample("CP_conf_15days|2022|825");
    assertThat(later.measureName())
        .isEqualTo("Percentage of child protection conferences held within 15 days");
  }

  @Test
  void leavesTheNameEmptyForAMeasureTheDataSetNeverNames() {
    assertThat(sample("ChildPov|2022|825").measureName()).isNull();
  }

  @Test
  void keepsADashAsTheMarkOfAFigureNotThere() {
    LaitValue city = sample("RTA|2014-16|201");
    assertThat(city.value()).isNull();
    assertThat(city.suppression()).isEqualTo("-");
  }

  @Test
  void keepsTheYearsAsTheDataSetWritesThem() {
    assertThat(years).contains("2022", "2021/22", "2014-16", "2023-24 (OT)", "2025 (Rev)");
  }

  @Test
  void tellsEnglandTheRegionsAndTheAuthoritiesApart() {
    LaitValue england = sample("ReReferral|2017|970");
    LaitValue southEast = sample("ReReferral|2017|989");
    LaitValue bucks = sample("ReReferral|2017|825");
    assertThat(england.isEngland()).isTrue();
    assertThat(england.region()).isNull();
    assertThat(southEast.isRegion()).isTrue();
    assertThat(southEast.areaName()).isEqualTo("South East");
    assertThat(bucks.isAuthority()).isTrue();
    assertThat(bucks.areaName()).isEqualTo("Buckinghamshire");
    assertThat(bucks.region()).isEqualTo("South East");
  }

  @Test
  void keepsEachSuppressionMarkInLowerCaseWithoutAFigure() {
    List<LaitValue> values =
        read(
            HEADER
                + "M1,First measure,2022,Aaa,C,301,Outer London\n"
                + "M1,,2022,Bbb,x,302,Outer London\n"
                + "M1,,2022,Ccc,low,303,Outer London\n"
                + "M1,,2022,Ddd,,304,Outer London\n"
                + "M1,,2022,Eee,  12.50  ,305,Outer London\n");
    assertThat(values)
        .extracting(LaitValue::suppression)
        .containsExactly("c", "x", "low", null, null);
    assertThat(values)
        .extracting(LaitValue::value)
        .containsExactly(null, null, null, null, new BigDecimal("12.5"));
  }

  @Test
  void carriesANameOnlyWithinItsMeasure() {
    List<LaitValue> values =
        read(
            HEADER
                + "M1,First measure,2022,Aaa,1,301,Outer London\n"
                + "M1,,2022,Bbb,2,302,Outer London\n"
                + "M2,,2022,Aaa,3,301,Outer London\n");
    assertThat(values)
        .extracting(LaitValue::measureName)
        .containsExactly("First measure", "First measure", null);
  }

  @Test
  void keepsWholeNumbersWhole() {
    List<LaitValue> values = read(HEADER + "M1,Count,2022,Aaa,1200,301,Outer London\n");
    assertThat(values.get(0).value()).isEqualByComparingTo("1200");
    assertThat(values.get(0).value().toPlainString()).isEqualTo("1200");
  }

  @Test
  void namesTheRowItCannotRead() {
    assertThatThrownBy(
            () -> read(HEADER + "M1,First,2022,Aaa,1,301,Outer London\n" + "M1,,2022,Bbb,2,302\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessageStartingWith("bds_long_0.csv.gz, row 3: expected 7 cells, found 6");
  }

  private static LaitValue sample(String key) {
    assertThat(samples).containsKey(key);
    return samples.get(key);
  }

  private static List<LaitValue> read(String csv) {
    List<LaitValue> values = new ArrayList<>();
    LaitDataSet.read(gzipped(csv), values::add);
    return values;
  }
}
