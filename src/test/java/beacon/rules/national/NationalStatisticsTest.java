package beacon.rules.national;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NationalStatisticsTest {

  private static final Function<String, String> NO_REGION = code -> null;

  @Test
  void averagesTheNeighboursThatHaveAFigureAndSaysHowMany() {
    Map<String, BigDecimal> figures = new HashMap<>();
    for (int i = 1; i <= 10; i++) {
      figures.put("10" + i, BigDecimal.valueOf(10 * i));
    }
    figures.remove("103"); // suppressed or not published
    figures.put("200", new BigDecimal("50"));
    MeasureYear year = year("2022", figures);
    NeighbourModel model =
        model("2021", "200", "101", "102", "103", "104", "105", "106", "107", "108", "109", "1010");

    NeighbourAverage average =
        NationalStatistics.forEveryAuthority(year, null, model, Polarity.HIGH, NO_REGION)
            .get("200")
            .neighbours();

    // (10 + 20 + 40 + 50 + ... + 100) / 9
    assertThat(average.mean()).isEqualByComparingTo("57.777778");
    assertThat(average.withValue()).isEqualTo(9);
    assertThat(average.of()).isEqualTo(10);
    assertThat(average.coverageInWords()).isEqualTo("9 of 10 neighbours");
    assertThat(average.isComplete()).isFalse();
    assertThat(average.model()).isEqualTo("2021");
    assertThat(average.members().get(2)).isEqualTo(new NeighbourFigure("103", null, null));
  }

  @Test
  void hasNoNeighbourAverageForAnAuthorityTheModelDoesNotHave() {
    MeasureYear year = year("2022", Map.of("942", new BigDecimal("40")));
    AuthorityStatistics cumberland =
        NationalStatistics.forEveryAuthority(
                year, null, model("2021", "909", "101"), Polarity.HIGH, NO_REGION)
            .get("942");
    assertThat(cumberland.neighbours()).isNull();
  }

  @Test
  void hasNoMeanWhenNoNeighbourHasAFigure() {
    MeasureYear year = year("2022", Map.of("200", new BigDecimal("40")));
    NeighbourAverage average =
        NationalStatistics.neighbourAverage(
            "200", year, model("2021", "200", "101", "102"), c -> c);
    assertThat(average.mean()).isNull();
    assertThat(average.coverageInWords()).isEqualTo("0 of 2 neighbours");
    assertThat(average.members()).extracting(NeighbourFigure::name).containsExactly("101", "102");
  }

  @Test
  void ranksTheHighestFirstWhenHighIsGoodTiesSharingTheBestRank() {
    MeasureYear year =
        year(
            "2022",
            Map.of(
                "301", new BigDecimal("90"),
                "302", new BigDecimal("80"),
                "303", new BigDecimal("80.0"),
                "304", new BigDecimal("70")));
    Map<String, AuthorityStatistics> all =
        NationalStatistics.forEveryAuthority(year, null, null, Polarity.HIGH, NO_REGION);
    assertThat(List.of("301", "302", "303", "304"))
        .extracting(code -> all.get(code).rank())
        .containsExactly(1, 2, 2, 4);
    assertThat(all.get("304").outOf()).isEqualTo(4);
    assertThat(all.get("302").rankInWords()).isEqualTo("2nd of 4");
  }

  @Test
  void ranksTheLowestFirstWhenLowIsGood() {
    MeasureYear year =
        year(
            "2022",
            Map.of(
                "301", new BigDecimal("12"),
                "302", new BigDecimal("30"),
                "303", new BigDecimal("12"),
                "304", new BigDecimal("25")));
    Map<String, AuthorityStatistics> all =
        NationalStatistics.forEveryAuthority(year, null, null, Polarity.LOW, NO_REGION);
    assertThat(List.of("301", "302", "303", "304"))
        .extracting(code -> all.get(code).rank())
        .containsExactly(1, 4, 1, 3);
  }

  @Test
  void givesNoRankAndNoQuartileWhenTheMeasureHasNoPolarity() {
    MeasureYear year = year("2022", Map.of("301", BigDecimal.ONE, "302", BigDecimal.TEN));
    AuthorityStatistics statistics =
        NationalStatistics.forEveryAuthority(year, null, null, Polarity.NONE, NO_REGION).get("302");
    assertThat(statistics.rank()).isNull();
    assertThat(statistics.quartile()).isNull();
    assertThat(statistics.rankInWords()).isNull();
    assertThat(statistics.outOf()).isEqualTo(2);
  }

  @Test
  void bandsTheTopQuarterAWhenHighIsGood() {
    Map<String, AuthorityStatistics> all =
        NationalStatistics.forEveryAuthority(oneToEight(), null, null, Polarity.HIGH, NO_REGION);
    // the LAIT's cut points for 1..8: 2.75, 4.5 and 6.25
    assertThat(quartilesOfOneToEight(all))
        .containsExactly(
            Quartile.D,
            Quartile.D,
            Quartile.C,
            Quartile.C,
            Quartile.B,
            Quartile.B,
            Quartile.A,
            Quartile.A);
  }

  @Test
  void bandsTheBottomQuarterAWhenLowIsGood() {
    Map<String, AuthorityStatistics> all =
        NationalStatistics.forEveryAuthority(oneToEight(), null, null, Polarity.LOW, NO_REGION);
    assertThat(quartilesOfOneToEight(all))
        .containsExactly(
            Quartile.A,
            Quartile.A,
            Quartile.B,
            Quartile.B,
            Quartile.C,
            Quartile.C,
            Quartile.D,
            Quartile.D);
  }

  @Test
  void theTopQuartileBeginsAtTheUpperQuartileWhenHighIsGoodAndTheLowerWhenLowIsGood() {
    Map<String, AuthorityStatistics> high =
        NationalStatistics.forEveryAuthority(oneToEight(), null, null, Polarity.HIGH, NO_REGION);
    Map<String, AuthorityStatistics> low =
        NationalStatistics.forEveryAuthority(oneToEight(), null, null, Polarity.LOW, NO_REGION);
    assertThat(high.get("301").topQuartile()).isEqualByComparingTo("6.25");
    assertThat(low.get("301").topQuartile()).isEqualByComparingTo("2.75");
    assertThat(high.get("301").withoutQuartile().topQuartile()).isNull();
  }

  @Test
  void thereIsNoTopQuartileWithoutAPolarity() {
    assertThat(
            NationalStatistics.forEveryAuthority(oneToEight(), null, null, Polarity.NONE, NO_REGION)
                .get("301")
                .topQuartile())
        .isNull();
  }

  @Test
  void putsAFigureOnACutPointInTheLowerBandAsTheLaitDoes() {
    // 1..5: cut points 2, 3 and 4 exactly
    Map<String, BigDecimal> figures = new HashMap<>();
    for (int i = 1; i <= 5; i++) {
      figures.put("30" + i, BigDecimal.valueOf(i));
    }
    Map<String, AuthorityStatistics> high =
        NationalStatistics.forEveryAuthority(
            year("2022", figures), null, null, Polarity.HIGH, NO_REGION);
    Map<String, AuthorityStatistics> low =
        NationalStatistics.forEveryAuthority(
            year("2022", figures), null, null, Polarity.LOW, NO_REGION);
    assertThat(high.get("302").quartile()).isEqualTo(Quartile.D);
    assertThat(high.get("304").quartile()).isEqualTo(Quartile.B);
    assertThat(low.get("302").quartile()).isEqualTo(Quartile.A);
    assertThat(low.get("304").quartile()).isEqualTo(Quartile.C);
  }

  @Test
  void changeIsTheFigureLessLastYearsAndNothingWhenEitherIsMissing() {
    MeasureYear previous =
        year("2021", Map.of("301", new BigDecimal("20.5"), "302", new BigDecimal("30")));
    MeasureYear year =
        year("2022", Map.of("301", new BigDecimal("22"), "303", new BigDecimal("12")));
    Map<String, AuthorityStatistics> all =
        NationalStatistics.forEveryAuthority(
            List.of("301", "302", "303"),
            year,
            previous,
            null,
            Polarity.LOW,
            NO_REGION,
            code -> null);
    assertThat(all.get("301").change()).isEqualByComparingTo("1.5");
    assertThat(all.get("302").change()).isNull();
    assertThat(all.get("302").value()).isNull();
    assertThat(all.get("302").rank()).isNull();
    assertThat(all.get("303").change()).isNull();
  }

  @Test
  void comparesWithEnglandAndTheAuthoritysRegion() {
    MeasureYear year =
        new MeasureYear(
            "ReReferral",
            "2022",
            Map.of("825", new BigDecimal("32.7")),
            new BigDecimal("21.5"),
            Map.of("South East", new BigDecimal("25.9")));
    AuthorityStatistics bucks =
        NationalStatistics.forEveryAuthority(year, null, null, Polarity.LOW, c -> "South East")
            .get("825");
    assertThat(bucks.england()).isEqualByComparingTo("21.5");
    assertThat(bucks.region()).isEqualTo("South East");
    assertThat(bucks.regionValue()).isEqualByComparingTo("25.9");
  }

  @Test
  void comparesWithLondonWhenInnerOrOuterLondonHasNoFigure() {
    MeasureYear year =
        new MeasureYear(
            "M",
            "2022",
            Map.of("202", new BigDecimal("10")),
            new BigDecimal("12"),
            Map.of("London", new BigDecimal("11")));
    AuthorityStatistics camden =
        NationalStatistics.forEveryAuthority(year, null, null, Polarity.LOW, c -> "London (Inner)")
            .get("202");
    assertThat(camden.region()).isEqualTo("London");
    assertThat(camden.regionValue()).isEqualByComparingTo("11");
  }

  @Test
  void dropsTheQuartileForAMeasureTheLaitShowsWithoutBands() {
    AuthorityStatistics statistics =
        NationalStatistics.forEveryAuthority(oneToEight(), null, null, Polarity.HIGH, NO_REGION)
            .get("308");
    assertThat(statistics.quartile()).isEqualTo(Quartile.A);
    assertThat(statistics.withoutQuartile().quartile()).isNull();
    assertThat(statistics.withoutQuartile().rank()).isEqualTo(1);
  }

  private static MeasureYear oneToEight() {
    Map<String, BigDecimal> figures = new HashMap<>();
    for (int i = 1; i <= 8; i++) {
      figures.put("30" + i, BigDecimal.valueOf(i));
    }
    return year("2022", figures);
  }

  private static List<Quartile> quartilesOfOneToEight(Map<String, AuthorityStatistics> all) {
    List<Quartile> quartiles = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      quartiles.add(all.get("30" + i).quartile());
    }
    return quartiles;
  }

  private static MeasureYear year(String label, Map<String, BigDecimal> authorities) {
    return new MeasureYear("M", label, authorities, null, Map.of());
  }

  private static NeighbourModel model(String name, String authority, String... neighbours) {
    List<Neighbour> list = new ArrayList<>();
    for (int i = 0; i < neighbours.length; i++) {
      list.add(new Neighbour(neighbours[i], i + 1, "Close"));
    }
    return new NeighbourModel(name, Map.of(authority, list));
  }
}
