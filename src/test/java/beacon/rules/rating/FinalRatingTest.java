package beacon.rules.rating;

import static beacon.rules.rating.Polarity.HIGH;
import static beacon.rules.rating.Unit.PERCENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FinalRatingTest {

  private static final RagScheme TWO_STATE = RagScheme.twoState();

  @Test
  void withoutAJudgementTheRatingIsTheComputedOne() {
    FinalRating rating =
        FinalRating.of(Figure.of("75"), HIGH, PERCENT, Target.of("80"), TWO_STATE, null);

    assertThat(rating.rag()).isEqualTo(Rag.RED);
    assertThat(rating.basis()).isEqualTo(RatingBasis.COMPUTED);
    assertThat(rating.computed())
        .isEqualTo(RagRating.rate(Figure.of("75"), HIGH, PERCENT, Target.of("80"), TWO_STATE));
    assertThat(rating.reason()).isEqualTo("Red: 75% is below the target of 80%");
  }

  @Test
  void anOverrideTakesThePlaceOfTheComputedRatingSayingWhoseAndWhy() {
    FinalRating rating =
        FinalRating.of(
            Figure.of("75"),
            HIGH,
            PERCENT,
            Target.of("80"),
            TWO_STATE,
            new Judgement(
                RatingBasis.OVERRIDE,
                Rag.AMBER,
                "two teams' figures arrived late",
                "head.of.service"));

    assertThat(rating.rag()).isEqualTo(Rag.AMBER);
    assertThat(rating.basis()).isEqualTo(RatingBasis.OVERRIDE);
    assertThat(rating.computed().rag()).isEqualTo(Rag.RED);
    assertThat(rating.reason())
        .isEqualTo(
            "Amber: overridden by head.of.service because two teams' figures arrived late."
                + " Computed rating: Red: 75% is below the target of 80%");
  }

  @Test
  void anAssessedRatingStandsWhereThereAreNoFigures() {
    FinalRating rating =
        FinalRating.of(
            null,
            HIGH,
            PERCENT,
            null,
            TWO_STATE,
            new Judgement(RatingBasis.ASSESSED, Rag.GREEN, "as printed in the paper", "demo"));

    assertThat(rating.rag()).isEqualTo(Rag.GREEN);
    assertThat(rating.basis()).isEqualTo(RatingBasis.ASSESSED);
    assertThat(rating.computed().rag()).isEqualTo(Rag.NOT_RATED);
    assertThat(rating.reason())
        .isEqualTo("Green: assessed, not computed (as printed in the paper)");
  }

  @Test
  void aComputedRatingIsNoPersonsJudgement() {
    assertThatThrownBy(() -> new Judgement(RatingBasis.COMPUTED, Rag.GREEN, "because", "someone"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no person's judgement");
  }
}
