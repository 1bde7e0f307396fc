package beacon.rules.national;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkSentenceTest {

  @Test
  void saysWhereTheFigureStandsAgainstEveryComparatorAndItsQuartile() {
    AuthorityStatistics icpcs =
        statistics("75", "79.2", "South East", "78.6", neighbours("82.2", 10, 10), 141, Quartile.D);

    assertThat(BenchmarkSentence.draft(icpcs, "2021/22", 1, Unit.PERCENT))
        .contains(
            "In 2021/22, 75% was below the England (79.2%), South East (78.6%) and statistical"
                + " neighbour (82.2%) averages, in the fourth quartile nationally (141st of 149).");
  }

  @Test
  void groupsTheComparatorsItIsAboveBelowAndInLineWith() {
    AuthorityStatistics rereferrals =
        statistics("24", "21.9", "South East", "24.0", neighbours("21.1", 10, 10), 40, Quartile.B);

    assertThat(BenchmarkSentence.draft(rereferrals, "2016/17", 0, Unit.PERCENT))
        .contains(
            "In 2016/17, 24% was above the England (22%) and statistical neighbour (21%) averages,"
                + " in line with the South East (24%) average, in the second quartile nationally"
                + " (40th of 149).");
  }

  @Test
  void saysHowManyNeighboursTheMeanCoversWhenSomeHaveNoFigure() {
    AuthorityStatistics s =
        statistics("60", "50", null, null, neighbours("55.5", 9, 10), null, null);

    assertThat(BenchmarkSentence.draft(s, "2022", 1, Unit.NUMBER))
        .contains(
            "In 2022, 60 was above the England (50) and statistical neighbour (55.5, 9 of 10"
                + " neighbours) averages.");
  }

  @Test
  void draftsNothingWithoutTheAuthoritysFigureOrAnythingToCompare() {
    assertThat(
            BenchmarkSentence.draft(
                statistics(null, "79.2", null, null, null, null, null), "2022", 1, Unit.PERCENT))
        .isEmpty();
    assertThat(
            BenchmarkSentence.draft(
                statistics("75", null, null, null, null, null, null), "2022", 1, Unit.PERCENT))
        .isEmpty();
  }

  private static AuthorityStatistics statistics(
      String value,
      String england,
      String region,
      String regionValue,
      NeighbourAverage neighbours,
      Integer rank,
      Quartile quartile) {
    return new AuthorityStatistics(
        "826",
        number(value),
        number(england),
        region,
        number(regionValue),
        neighbours,
        rank,
        149,
        quartile,
        null,
        null);
  }

  private static NeighbourAverage neighbours(String mean, int withValue, int of) {
    return new NeighbourAverage("2021", new BigDecimal(mean), withValue, of, List.of());
  }

  private static BigDecimal number(String figure) {
    return figure == null ? null : new BigDecimal(figure);
  }
}
