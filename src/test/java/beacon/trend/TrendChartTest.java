package beacon.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

  private static TrendChart.Entry entry(String label, String value, String target, Rag rag) {
    return new TrendChart.Entry(
        label, new BigDecimal(value), target == null ? null : new BigDecimal(target), rag);
  }

  private static final List<TrendChart.Entry> SEED_002 =
      List.of(
          entry("Q1 2020/21", "60", "55", Rag.GREEN),
          entry("Q2 2020/21", "68", "55", Rag.GREEN),
          entry("Q1 2021/22", "82.2", "75", Rag.GREEN),
          entry("Q2 2021/22", "70", "75", Rag.RED));

  @Test
  void nothingToChartGivesNoChart() {
    assertThat(TrendChart.of(List.of(), Unit.PERCENT)).isNull();
  }

  @Test
  void plotsOnePointPerValueInOrderAcrossThePlot() {
    TrendChart chart = TrendChart.of(SEED_002, Unit.PERCENT);

    assertThat(chart.points()).hasSize(4);
    assertThat(chart.points())
        .extracting(TrendChart.Point::periodLabel)
        .containsExactly("Q1 2020/21", "Q2 2020/21", "Q1 2021/22", "Q2 2021/22");
    assertThat(chart.points()).extracting(TrendChart.Point::display).contains("82.2%");
    List<Double> xs = chart.points().stream().map(TrendChart.Point::x).toList();
    assertThat(xs).isSorted();
    assertThat(xs.get(0)).isGreaterThan(TrendChart.LEFT);
    assertThat(xs.get(3)).isLessThan(TrendChart.RIGHT);
    assertThat(chart.seriesPath()).startsWith("M").contains(" L");
  }

  @Test
  void higherValuesSitHigherAndEveryPointIsInsideThePlot() {
    TrendChart chart = TrendChart.of(SEED_002, Unit.PERCENT);

    TrendChart.Point sixty = chart.points().get(0);
    TrendChart.Point highest = chart.points().get(2);
    assertThat(highest.y()).isLessThan(sixty.y());
    chart
        .points()
        .forEach(
            p -> assertThat(p.y()).isBetween((double) TrendChart.TOP, (double) TrendChart.BOTTOM));
  }

  @Test
  void scalesFromARoundNumberBelowTheLowestFigureToOneAboveTheHighest() {
    TrendChart chart = TrendChart.of(SEED_002, Unit.PERCENT);

    assertThat(chart.yTicks())
        .extracting(TrendChart.Tick::label)
        .containsExactly("50%", "60%", "70%", "80%", "90%");
    assertThat(chart.yTicks().get(0).position()).isCloseTo(TrendChart.BOTTOM, within(0.01));
    assertThat(chart.yTicks().get(chart.yTicks().size() - 1).position())
        .isCloseTo(TrendChart.TOP, within(0.01));
  }

  @Test
  void startsFromZeroWhenTheFiguresSpreadFromNearIt() {
    TrendChart chart =
        TrendChart.of(
            List.of(entry("Q1", "5", "10", Rag.GREEN), entry("Q2", "15", "10", Rag.RED)),
            Unit.PERCENT);

    assertThat(chart.yTicks()).extracting(TrendChart.Tick::label).startsWith("0%").endsWith("15%");
    assertThat(chart.axisNote()).isEmpty();
  }

  @Test
  void keepsANarrowBandWhenFiguresAreCloseTogether() {
    TrendChart chart =
        TrendChart.of(
            List.of(
                entry("2021", "37.4", "37.6", Rag.RED), entry("2022", "38.1", "37.6", Rag.GREEN)),
            Unit.SCORE);

    assertThat(chart.yTicks())
        .extracting(TrendChart.Tick::label)
        .startsWith("37.4")
        .endsWith("38.2");
    assertThat(chart.axisNote())
        .as("a narrow band says so, lest a small change be read as a large one")
        .isEqualTo("The value axis starts at 37.4, not at zero.");
  }

  @Test
  void stepsTheTargetLineWhereTheTargetChanges() {
    TrendChart chart = TrendChart.of(SEED_002, Unit.PERCENT);

    assertThat(chart.targetPath()).startsWith("M" + TrendChart.LEFT + " ");
    assertThat(chart.targetPath().split(" V")).hasSize(2);
    assertThat(chart.targetPath()).endsWith("H" + TrendChart.RIGHT);
  }

  @Test
  void breaksTheTargetLineWhereThereIsNoTarget() {
    TrendChart chart =
        TrendChart.of(
            List.of(
                entry("Q1", "60", "55", Rag.GREEN),
                entry("Q2", "60", null, Rag.NOT_RATED),
                entry("Q3", "60", "55", Rag.GREEN)),
            Unit.PERCENT);

    assertThat(chart.targetPath().split("M")).hasSize(3);
    assertThat(TrendChart.of(List.of(entry("Q1", "60", null, null)), Unit.PERCENT).targetPath())
        .isEmpty();
  }

  @Test
  void shapesAndLettersEachPointByItsRating() {
    TrendChart chart = TrendChart.of(SEED_002, Unit.PERCENT);

    TrendChart.Point green = chart.points().get(0);
    TrendChart.Point red = chart.points().get(3);
    assertThat(green.letter()).isEqualTo("G");
    assertThat(red.letter()).isEqualTo("R");
    assertThat(green.marker()).contains(" a");
    assertThat(red.marker()).contains(" h").doesNotContain(" a");
    assertThat(chart.legendMarker("AMBER")).contains(" L").doesNotContain(" a");
    assertThat(chart.lettered()).isTrue();
  }

  @Test
  void labelsEveryTwelfthMonthOfTenYearsEndingWithTheLatest() {
    List<TrendChart.Entry> months = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      months.add(entry("M" + i, String.valueOf(70 + i % 20), "80", Rag.AMBER));
    }
    TrendChart chart = TrendChart.of(months, Unit.PERCENT);

    assertThat(chart.points()).hasSize(120);
    assertThat(chart.xTicks()).hasSize(10);
    assertThat(chart.xTicks()).extracting(TrendChart.Tick::label).endsWith("M119").contains("M107");
    assertThat(chart.lettered()).isFalse();
    assertThat(chart.latest().periodLabel()).isEqualTo("M119");
  }

  @Test
  void labelsEveryPeriodWhenThereAreFew() {
    TrendChart chart = TrendChart.of(SEED_002, Unit.PERCENT);

    assertThat(chart.xTicks()).hasSize(4);
  }

  @Test
  void aSingleValueStillHasARange() {
    TrendChart chart = TrendChart.of(List.of(entry("Q1", "0", null, null)), Unit.NUMBER);

    assertThat(chart.points().get(0).y())
        .isBetween((double) TrendChart.TOP, (double) TrendChart.BOTTOM);
    assertThat(chart.yTicks().size()).isGreaterThan(1);
  }

  @Test
  void writesCoordinatesToOneDecimalPlaceWithoutATrailingZero() {
    assertThat(TrendChart.num(12.0)).isEqualTo("12");
    assertThat(TrendChart.num(12.34)).isEqualTo("12.3");
    assertThat(TrendChart.num(0.96)).isEqualTo("1");
    assertThat(TrendChart.num(-3.5)).isEqualTo("-3.5");
    assertThat(TrendChart.num(-0.01)).isEqualTo("0");
  }
}
