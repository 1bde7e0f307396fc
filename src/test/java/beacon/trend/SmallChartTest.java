package beacon.trend;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallChartTest {

  private static TrendChart.Entry entry(String label, String value, String target, Rag rag) {
    return new TrendChart.Entry(
        label, new BigDecimal(value), target == null ? null : new BigDecimal(target), rag);
  }

  private static final List<TrendChart.Entry> QUARTERS =
      List.of(
          entry("Q1 2021/22", "60", "75", Rag.RED),
          entry("Q2 2021/22", "70", "75", Rag.AMBER),
          entry("Q3 2021/22", "82.2", "80", Rag.GREEN));

  @Test
  void nothingToChartGivesNoChart() {
    assertThat(SmallChart.of(List.of(), null, Polarity.HIGH, Unit.PERCENT)).isNull();
  }

  @Test
  void drawsOnlyTheLatestValuesOldestFirst() {
    List<TrendChart.Entry> ten = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ten.add(entry("M" + i, String.valueOf(i), null, Rag.NOT_RATED));
    }

    SmallChart chart = SmallChart.of(ten, null, Polarity.HIGH, Unit.NUMBER);

    assertThat(chart.points()).hasSize(SmallChart.MOST_POINTS);
    assertThat(chart.first().periodLabel()).isEqualTo("M3");
    assertThat(chart.latest().periodLabel()).isEqualTo("M10");
    assertThat(chart.latest().y())
        .as("a higher figure is drawn higher")
        .isLessThan(chart.first().y());
    assertThat(chart.points())
        .allSatisfy(
            p -> {
              assertThat(p.x()).isBetween(0.0, (double) SmallChart.WIDTH);
              assertThat(p.y()).isBetween(0.0, (double) SmallChart.HEIGHT);
            });
    assertThat(chart.targetPath()).as("no value has a target").isEmpty();
  }

  @Test
  void theTargetIsSteppedWhereItChangesAndEachPointIsShapedByItsRating() {
    SmallChart chart = SmallChart.of(QUARTERS, null, Polarity.HIGH, Unit.PERCENT);

    assertThat(chart.targetPath()).startsWith("M8 ").contains(" V").endsWith(" H232");
    assertThat(chart.points())
        .extracting(TrendChart.Point::rag)
        .containsExactly(Rag.RED, Rag.AMBER, Rag.GREEN);
    assertThat(chart.points())
        .extracting(TrendChart.Point::display)
        .containsExactly("60%", "70%", "82.2%");
    assertThat(chart.points().get(0).marker()).isNotEqualTo(chart.points().get(2).marker());
  }

  @Test
  void theTopQuartileIsShadedAboveWhereItBeginsWhenHighIsGoodAndBelowWhenLowIsGood() {
    SmallChart high = SmallChart.of(QUARTERS, new BigDecimal("85"), Polarity.HIGH, Unit.PERCENT);
    SmallChart low = SmallChart.of(QUARTERS, new BigDecimal("65"), Polarity.LOW, Unit.PERCENT);

    assertThat(high.bandPath()).endsWith(" V0 H0 Z");
    assertThat(low.bandPath()).endsWith(" V" + SmallChart.HEIGHT + " H0 Z");
    double highStart = Double.parseDouble(high.bandPath().split(" ")[1]);
    assertThat(highStart)
        .as("85% is above every value, so the band begins above the highest point")
        .isLessThan(high.points().get(2).y());
    assertThat(highStart).isGreaterThan(0);
  }

  @Test
  void noBandIsDrawnWithoutAFigureOrForAMeasureWithNoWayThatIsBetter() {
    assertThat(SmallChart.of(QUARTERS, null, Polarity.HIGH, Unit.PERCENT).bandPath()).isEmpty();
    assertThat(SmallChart.of(QUARTERS, BigDecimal.TEN, Polarity.NONE, Unit.PERCENT).bandPath())
        .isEmpty();
    assertThat(SmallChart.of(QUARTERS, BigDecimal.TEN, Polarity.CLOSE, Unit.PERCENT).bandPath())
        .isEmpty();
  }
}
