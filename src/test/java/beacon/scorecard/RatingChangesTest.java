package beacon.scorecard;

import static beacon.scorecard.ScorecardLineFixture.aLine;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.rating.Rag;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingChangesTest {

  private static ScorecardLine line(String code, Rag rag) {
    return aLine(code).rated(rag).build();
  }

  @Test
  void listsRatingsThatWorsenedAndImprovedInTheOrderOfThisPeriod() {
    RatingChanges changes =
        RatingChanges.between(
            List.of(
                line("A", Rag.GREEN),
                line("B", Rag.AMBER),
                line("C", Rag.RED),
                line("D", Rag.GREEN),
                line("E", Rag.RED)),
            List.of(
                line("E", Rag.AMBER),
                line("D", Rag.GREEN),
                line("C", Rag.GREEN),
                line("B", Rag.RED),
                line("A", Rag.AMBER)));

    assertThat(changes.worsened())
        .containsExactly(
            new RatingChanges.Change("B", "Indicator B", Rag.AMBER, Rag.RED),
            new RatingChanges.Change("A", "Indicator A", Rag.GREEN, Rag.AMBER));
    assertThat(changes.improved())
        .containsExactly(
            new RatingChanges.Change("E", "Indicator E", Rag.RED, Rag.AMBER),
            new RatingChanges.Change("C", "Indicator C", Rag.RED, Rag.GREEN));
    assertThat(changes.isEmpty()).isFalse();
  }

  @Test
  void listsRatingsGivenOrRemovedApartFromWorseAndBetter() {
    RatingChanges changes =
        RatingChanges.between(
            List.of(line("A", Rag.NOT_RATED), line("B", Rag.GREEN)),
            List.of(line("A", Rag.RED), line("B", Rag.NOT_RATED)));

    assertThat(changes.worsened()).isEmpty();
    assertThat(changes.improved()).isEmpty();
    assertThat(changes.newlyRated()).extracting(RatingChanges.Change::code).containsExactly("A");
    assertThat(changes.noLongerRated()).extracting(RatingChanges.Change::code).containsExactly("B");
  }

  @Test
  void leavesOutIndicatorsOnOnlyOneScorecard() {
    RatingChanges changes =
        RatingChanges.between(List.of(line("OLD", Rag.GREEN)), List.of(line("NEW", Rag.RED)));

    assertThat(changes.isEmpty()).isTrue();
  }

  @Test
  void findsNothingWhenNoRatingMoved() {
    List<ScorecardLine> same = List.of(line("A", Rag.RED), line("B", Rag.GREEN));

    assertThat(RatingChanges.between(same, same).isEmpty()).isTrue();
  }
}
