package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Lincolnshire's target range: the target with a tolerance of 2 points below it and 1 above. Within
 * the range the target is achieved, beyond it on the good side exceeded (both Green), beyond it on
 * the other side not achieved (Red).
 */
class TargetRangeTest {

  private static final RagScheme TWO_BELOW_ONE_ABOVE = new RagScheme.TargetRange(two(), one());
  private static final Target NATIONAL_AVERAGE = Target.of("68");

  @Test
  void withinTheRangeTheTargetIsAchieved() {
    Rating justWithin = rate("66", Polarity.HIGH, NATIONAL_AVERAGE);

    assertThat(justWithin.rag()).isEqualTo(Rag.GREEN);
    assertThat(justWithin.reason())
        .isEqualTo(
            "Green: 66% is within the target range of 66% to 69% (2 percentage points below the"
                + " target of 68% to 1 above it): achieved (good to be high)");
    assertThat(rate("69", Polarity.HIGH, NATIONAL_AVERAGE).rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void beyondTheRangeOnTheGoodSideTheTargetIsExceeded() {
    assertThat(rate("69.1", Polarity.HIGH, NATIONAL_AVERAGE).reason())
        .isEqualTo(
            "Green: 69.1% is above the target range of 66% to 69% (2 percentage points below the"
                + " target of 68% to 1 above it): exceeded (good to be high)");
    assertThat(rate("65.9", Polarity.LOW, NATIONAL_AVERAGE).reason())
        .startsWith("Green: 65.9% is below the target range of 66% to 69%")
        .endsWith(": exceeded (good to be low)");
  }

  @Test
  void beyondTheRangeOnTheOtherSideTheTargetIsNotAchieved() {
    Rating high = rate("65.9", Polarity.HIGH, NATIONAL_AVERAGE);
    Rating low = rate("69.1", Polarity.LOW, NATIONAL_AVERAGE);

    assertThat(high.rag()).isEqualTo(Rag.RED);
    assertThat(high.reason())
        .isEqualTo(
            "Red: 65.9% is below the target range of 66% to 69% (2 percentage points below the"
                + " target of 68% to 1 above it): not achieved");
    assertThat(low.rag()).isEqualTo(Rag.RED);
    assertThat(rate("69", Polarity.LOW, NATIONAL_AVERAGE).rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void aTargetsToleranceMovesTheRangeWithTheGreenThreshold() {
    Rating rating = rate("64", Polarity.HIGH, Target.of("68", "2"));

    assertThat(rating.rag()).isEqualTo(Rag.GREEN);
    assertThat(rating.reason())
        .contains("within the target range of 64% to 67%")
        .contains("below the green threshold of 66% (68% target with 2% tolerance)");
  }

  @Test
  void anIndicatorThatAimsToStayCloseIsRedOutsideTheRangeOnEitherSide() {
    assertThat(rate("66", Polarity.CLOSE, NATIONAL_AVERAGE).rag()).isEqualTo(Rag.GREEN);
    assertThat(rate("69", Polarity.CLOSE, NATIONAL_AVERAGE).rag()).isEqualTo(Rag.GREEN);
    assertThat(rate("65.9", Polarity.CLOSE, NATIONAL_AVERAGE).rag()).isEqualTo(Rag.RED);
    assertThat(rate("69.1", Polarity.CLOSE, NATIONAL_AVERAGE).reason())
        .isEqualTo(
            "Red: 69.1% is above the target range of 66% to 69% (2 percentage points below the"
                + " target of 68% to 1 above it): not achieved");
  }

  @Test
  void stayingCloseTheRangeBeginsBeyondTheTolerance() {
    Rating rating = rate("64", Polarity.CLOSE, Target.of("68", "2"));

    assertThat(rating.rag()).isEqualTo(Rag.GREEN);
    assertThat(rating.reason())
        .isEqualTo(
            "Green: 64% is within the target range of 64% to 71% (2 percentage points below the"
                + " target of 68% (2% tolerance) to 1 above it, beyond its tolerance either side):"
                + " achieved (good to be close to target)");
    assertThat(rate("71.1", Polarity.CLOSE, Target.of("68", "2")).rag()).isEqualTo(Rag.RED);
  }

  @Test
  void aRangeThatReachesOnlyOneWaySaysSo() {
    RagScheme onlyAbove = new RagScheme.TargetRange(BigDecimal.ZERO, one());
    RagScheme onlyBelow = new RagScheme.TargetRange(two(), BigDecimal.ZERO);

    assertThat(rate("67.9", Polarity.HIGH, NATIONAL_AVERAGE, onlyAbove).reason())
        .isEqualTo(
            "Red: 67.9% is below the target range of 68% to 69% (from the target of 68% to 1"
                + " percentage point above it): not achieved");
    assertThat(rate("68.1", Polarity.HIGH, NATIONAL_AVERAGE, onlyBelow).reason())
        .isEqualTo(
            "Green: 68.1% is above the target range of 66% to 68% (from 2 percentage points"
                + " below the target of 68% up to it): exceeded (good to be high)");
  }

  @Test
  void theSchemeSaysItselfInWords() {
    assertThat(TWO_BELOW_ONE_ABOVE.describe())
        .isEqualTo(
            "Green within a target range from 2 points below the green threshold to 1 above it,"
                + " or better; Red worse than the range (for an indicator that aims to stay close"
                + " to its target, Red outside it on either side)");
  }

  @Test
  void aRangeNeedsTwoSidesOfWhichOneIsMoreThanNothing() {
    assertThatThrownBy(() -> new RagScheme.TargetRange(two(), null)).hasMessageContaining("above");
    assertThatThrownBy(() -> new RagScheme.TargetRange(BigDecimal.ZERO, BigDecimal.ZERO))
        .hasMessageContaining("more than 0");
    assertThatThrownBy(() -> new RagScheme.TargetRange(two(), one().negate()))
        .hasMessageContaining("negative");
  }

  @Test
  void aValueBetterThanAnotherIsNeverRatedWorse() {
    for (Polarity polarity : new Polarity[] {Polarity.HIGH, Polarity.LOW}) {
      Rag previous = null;
      for (int tenths = 600; tenths <= 760; tenths++) {
        BigDecimal value =
            BigDecimal.valueOf(polarity == Polarity.HIGH ? tenths : 1360 - tenths, 1);
        Rag rag = rate(value.toPlainString(), polarity, NATIONAL_AVERAGE).rag();
        if (previous != null) {
          assertThat(previous.isBetterThan(rag)).as("%s at %s", polarity, value).isFalse();
        }
        previous = rag;
      }
    }
  }

  private static Rating rate(String value, Polarity polarity, Target target) {
    return rate(value, polarity, target, TWO_BELOW_ONE_ABOVE);
  }

  private static Rating rate(String value, Polarity polarity, Target target, RagScheme scheme) {
    return RagRating.rate(Figure.of(new BigDecimal(value)), polarity, Unit.PERCENT, target, scheme);
  }

  private static BigDecimal two() {
    return BigDecimal.valueOf(2);
  }

  private static BigDecimal one() {
    return BigDecimal.ONE;
  }
}
