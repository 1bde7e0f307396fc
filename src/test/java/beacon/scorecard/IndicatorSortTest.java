package beacon.scorecard;

import static beacon.scorecard.ScorecardLineFixture.aLine;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Rag;
import beacon.rules.travel.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorSortTest {

  private final ScorecardLine b =
      aLine("B").titled("beta").rated(Rag.GREEN).valued("83").moved(Direction.IMPROVED).build();
  private final ScorecardLine a =
      aLine("a").titled("Alpha").rated(Rag.RED).valued("9.5").moved(Direction.WORSENED).build();
  private final ScorecardLine c = aLine("C").titled("Gamma").build();
  private final ScorecardLine d =
      aLine("D").titled("Delta").rated(Rag.AMBER).valued("83").moved(Direction.UNCHANGED).build();
  private final List<ScorecardLine> paper = List.of(b, a, c, d);

  @Test
  void keepsThePaperOrderByDefault() {
    assertThat(IndicatorSort.of(null, null).apply(paper)).containsExactly(b, a, c, d);
    assertThat(IndicatorSort.of("nonsense", "sideways").apply(paper)).containsExactly(b, a, c, d);
    assertThat(IndicatorSort.of("", "desc").apply(paper)).containsExactly(d, c, a, b);
  }

  @Test
  void sortsByCodeAndTitleIgnoringCase() {
    assertThat(IndicatorSort.of("code", "asc").apply(paper)).containsExactly(a, b, c, d);
    assertThat(IndicatorSort.of("title", "desc").apply(paper)).containsExactly(c, d, b, a);
  }

  @Test
  void sortsByRatingRedFirstAndNotRatedLastEitherWay() {
    assertThat(IndicatorSort.of("rag", "asc").apply(paper)).containsExactly(a, d, b, c);
    assertThat(IndicatorSort.of("RAG", "desc").apply(paper)).containsExactly(b, d, a, c);
  }

  @Test
  void sortsByValueWithNoValueLastAndTiesInPaperOrder() {
    assertThat(IndicatorSort.of("value", "asc").apply(paper)).containsExactly(a, b, d, c);
    assertThat(IndicatorSort.of("value", "desc").apply(paper)).containsExactly(b, d, a, c);
  }

  @Test
  void sortsByDirectionWorsenedFirst() {
    assertThat(IndicatorSort.of("direction", "asc").apply(paper)).containsExactly(a, d, b, c);
    assertThat(IndicatorSort.of("direction", "desc").apply(paper)).containsExactly(b, d, a, c);
  }

  @Test
  void leavesTheGivenListAlone() {
    List<ScorecardLine> given = List.of(b, a);

    IndicatorSort.of("code", "asc").apply(given);

    assertThat(given).containsExactly(b, a);
  }
}
