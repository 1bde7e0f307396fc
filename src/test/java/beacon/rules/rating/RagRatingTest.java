package beacon.rules.rating;

import static beacon.rules.rating.Polarity.HIGH;
import static beacon.rules.rating.Polarity.LOW;
import static beacon.rules.rating.Polarity.NONE;
import static beacon.rules.rating.Unit.PERCENT;
import static beacon.rules.rating.Unit.SCORE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RagRatingTest {

  private static final RagScheme TEN_PERCENT = RagScheme.relativeBand("10");
  private static final RagScheme FIVE_PERCENT = RagScheme.relativeBand("5");
  private static final RagScheme TWO_STATE = RagScheme.twoState();

  @Test
  void ratesAmberWithinTenPercentOfTheGreenThresholdAndSaysWhy() {
    Rating rating =
        RagRating.rate(Figure.of("83"), HIGH, PERCENT, Target.of("100", "14"), TEN_PERCENT);
    assertThat(rating.rag()).isEqualTo(Rag.AMBER);
    assertThat(rating.reason())
        .isEqualTo(
            "Amber: 83% is below the green threshold of 86% (100% target with 14% tolerance)"
                + " but within 10% of it; Red below 77.4%");
  }

  @Test
  void ratesRedBeyondTheBandAndSaysWhereAmberEnds() {
    Rating rating = RagRating.rate(Figure.of("30"), LOW, PERCENT, Target.of("28"), FIVE_PERCENT);
    assertThat(rating.rag()).isEqualTo(Rag.RED);
    assertThat(rating.reason())
        .isEqualTo("Red: 30% is above the target of 28% and not within 5% of it (Amber to 29.4%)");
  }

  @Test
  void exactlyMeetingTheEdgeOfTheBandIsAmber() {
    assertThat(RagRating.rate(Figure.of("57"), HIGH, PERCENT, Target.of("60"), FIVE_PERCENT).rag())
        .isEqualTo(Rag.AMBER);
    assertThat(
            RagRating.rate(Figure.of("56.99"), HIGH, PERCENT, Target.of("60"), FIVE_PERCENT).rag())
        .isEqualTo(Rag.RED);
  }

  @Test
  void exactlyMeetingTheTargetIsGreen() {
    Rating rating = RagRating.rate(Figure.of("95"), HIGH, PERCENT, Target.of("95"), TWO_STATE);
    assertThat(rating.rag()).isEqualTo(Rag.GREEN);
    assertThat(rating.reason()).isEqualTo("Green: 95% meets the target of 95% (good to be high)");
  }

  @Test
  void aToleranceLoosensTheTarget() {
    assertThat(
            RagRating.rate(Figure.of("82"), HIGH, PERCENT, Target.of("100", "18"), TEN_PERCENT)
                .rag())
        .isEqualTo(Rag.GREEN);
    assertThat(RagRating.rate(Figure.of("21"), LOW, PERCENT, Target.of("20", "1"), TWO_STATE).rag())
        .isEqualTo(Rag.GREEN);
  }

  @Test
  void twoStatesHaveNoAmber() {
    Rating rating = RagRating.rate(Figure.of("37.4"), HIGH, SCORE, Target.of("37.6"), TWO_STATE);
    assertThat(rating.rag()).isEqualTo(Rag.RED);
    assertThat(rating.reason()).isEqualTo("Red: 37.4 is below the target of 37.6");
  }

  @Test
  void anAbsoluteBandCountsPoints() {
    RagScheme threePoints = RagScheme.absoluteBand("3");
    assertThat(
            RagRating.rate(Figure.of("77"), HIGH, PERCENT, Target.of("80"), threePoints).reason())
        .isEqualTo(
            "Amber: 77% is below the target of 80% but within 3 percentage points of it; Red below 77%");
    assertThat(RagRating.rate(Figure.of("76.9"), HIGH, PERCENT, Target.of("80"), threePoints).rag())
        .isEqualTo(Rag.RED);
  }

  @Test
  void aFloorStandardSeparatesAmberFromRed() {
    Target withFloor = Target.of("90").withFloor("80");
    RagScheme floor = RagScheme.floorStandard();
    assertThat(RagRating.rate(Figure.of("80"), HIGH, PERCENT, withFloor, floor).reason())
        .isEqualTo(
            "Amber: 80% is below the target of 90% but not below the floor standard of 80%; Red below 80%");
    assertThat(RagRating.rate(Figure.of("79"), HIGH, PERCENT, withFloor, floor).reason())
        .isEqualTo("Red: 79% is below the target of 90% and below the floor standard of 80%");
    assertThat(RagRating.rate(Figure.of("79"), HIGH, PERCENT, Target.of("90"), floor).rag())
        .isEqualTo(Rag.NOT_RATED);
  }

  @Test
  void withoutATargetAPolarityOrANumberNothingIsRated() {
    assertThat(RagRating.rate(Figure.of("90"), HIGH, PERCENT, null, TEN_PERCENT).reason())
        .isEqualTo("Not rated: no target is set");
    assertThat(
            RagRating.rate(Figure.of("12.6"), NONE, Unit.DAYS, Target.of("8"), TEN_PERCENT).rag())
        .isEqualTo(Rag.NOT_RATED);
    assertThat(
            RagRating.rate(
                    Figure.marked(Marker.NEW_DEFINITION),
                    HIGH,
                    PERCENT,
                    Target.of("100"),
                    TEN_PERCENT)
                .reason())
        .isEqualTo("Not rated: the value is marked New Definition");
    assertThat(RagRating.rate(null, HIGH, PERCENT, Target.of("100"), TEN_PERCENT).rag())
        .isEqualTo(Rag.NOT_RATED);
    assertThat(RagRating.rate(Figure.of("90"), HIGH, PERCENT, Target.of("100"), null).rag())
        .isEqualTo(Rag.NOT_RATED);
  }
}
