package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.PeriodType;
import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperTrendTest {

  @Test
  void aTrendOfWholePercentagesPrintsItsOddDecimalValueWholeAsTheChartsDataDoes() {
    PaperTrend trend =
        new PaperTrend(
            PeriodType.FINANCIAL_QUARTER,
            Unit.PERCENT,
            List.of(
                value("Q2 2022/23", "68", "75"),
                value("Q3 2022/23", "65.3", "75"),
                value("Q4 2022/23", "82.2", "75"),
                value("Q1 2022/23", "70", "75.5")));

    assertThat(trend.headings())
        .containsExactly("Quarter", "Quarters (%)", "Target (Quarters) (%)");
    assertThat(trend.points().stream().map(trend::value))
        .as("two of four are whole: the larger number of decimals wins a tie")
        .containsExactly("68.0", "65.3", "82.2", "70.0");
  }

  @Test
  void mostValuesDecideTheDecimalsAndTargetsPrintAsSet() {
    PaperTrend trend =
        new PaperTrend(
            PeriodType.FINANCIAL_QUARTER,
            Unit.PERCENT,
            List.of(value("Q1", "68", "75.5"), value("Q2", "70", "75"), value("Q3", "65.3", "75")));

    assertThat(trend.points().stream().map(trend::value)).containsExactly("68", "70", "65");
    assertThat(trend.points().stream().map(trend::target)).containsExactly("75.5", "75", "75");
  }

  @Test
  void aYearlyScoreIsHeadedByYearsWithoutAUnit() {
    PaperTrend trend = new PaperTrend(PeriodType.ACADEMIC_YEAR, Unit.SCORE, List.of());

    assertThat(trend.headings()).containsExactly("Year", "Years", "Target (Years)");
    assertThat(trend.key().values()).isEqualTo("Years");
    assertThat(trend.key().target()).isEqualTo("Target (Years)");
  }

  @Test
  void aSingleValueIsNotCharted() {
    PaperTrend one =
        new PaperTrend(PeriodType.MONTH, Unit.PERCENT, List.of(value("March 2023", "86", "75")));

    assertThat(one.charted()).isFalse();
    assertThat(one.chart()).isNull();
  }

  private static RecentValue value(String label, String value, String target) {
    return new RecentValue(
        label,
        new BigDecimal(value),
        value + "%",
        new BigDecimal(target),
        target + "%",
        Rag.NOT_RATED);
  }
}
