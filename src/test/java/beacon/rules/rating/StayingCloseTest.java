package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Kent's polarity T: good to be close to the target, neither above nor below it. */
class StayingCloseTest {

  private static final Target EIGHTY_WITHIN_TWO = Target.of("80", "2");

  @Test
  void isGreenWithinTheToleranceOnEitherSide() {
    assertThat(rate("78", EIGHTY_WITHIN_TWO, RagScheme.twoState()).rag()).isEqualTo(Rag.GREEN);
    assertThat(rate("82", EIGHTY_WITHIN_TWO, RagScheme.twoState()).rag()).isEqualTo(Rag.GREEN);
    assertThat(rate("80", EIGHTY_WITHIN_TWO, RagScheme.twoState()).reason())
        .isEqualTo(
            "Green: 80% is on the target of 80% (2% tolerance) (good to be close to target)");
    assertThat(rate("81.5", EIGHTY_WITHIN_TWO, RagScheme.twoState()).reason())
        .isEqualTo(
            "Green: 81.5% is 1.5 percentage points above the target of 80% (2% tolerance), within"
                + " 2 percentage points either side (good to be close to target)");
  }

  @Test
  void isRedBeyondTheToleranceAboveAsBelowUnderTwoStates() {
    Rating above = rate("82.5", EIGHTY_WITHIN_TWO, RagScheme.twoState());
    Rating below = rate("77.5", EIGHTY_WITHIN_TWO, RagScheme.twoState());

    assertThat(above.rag()).isEqualTo(Rag.RED);
    assertThat(below.rag()).isEqualTo(Rag.RED);
    assertThat(below.reason())
        .isEqualTo(
            "Red: 77.5% is 2.5 percentage points below the target of 80% (2% tolerance); Green"
                + " within 2 percentage points either side");
  }

  @Test
  void isAmberWithinABandBeyondTheToleranceOnEitherSide() {
    RagScheme tenPercent = RagScheme.relativeBand("10");
    RagScheme threePoints = RagScheme.absoluteBand("3");

    assertThat(rate("90", EIGHTY_WITHIN_TWO, tenPercent).rag()).isEqualTo(Rag.AMBER);
    assertThat(rate("70", EIGHTY_WITHIN_TWO, tenPercent).rag()).isEqualTo(Rag.AMBER);
    assertThat(rate("90.1", EIGHTY_WITHIN_TWO, tenPercent).rag()).isEqualTo(Rag.RED);
    assertThat(rate("75", EIGHTY_WITHIN_TWO, threePoints).reason())
        .isEqualTo(
            "Amber: 75% is 5 percentage points below the target of 80% (2% tolerance); Green"
                + " within 2 percentage points either side, Amber from 75% to 85%");
    assertThat(rate("74.9", EIGHTY_WITHIN_TWO, threePoints).rag()).isEqualTo(Rag.RED);
  }

  @Test
  void aSchemeThatNeedsABetterDirectionCannotRateIt() {
    Rating floor = rate("80", EIGHTY_WITHIN_TWO.withFloor("70"), RagScheme.floorStandard());

    assertThat(floor.rag()).isEqualTo(Rag.NOT_RATED);
    assertThat(floor.reason()).contains("aims to stay close to its target");
  }

  @Test
  void theSameDistanceAboveAndBelowRatesAlike() {
    RagScheme tenPercent = RagScheme.relativeBand("10");
    for (int tenths = 0; tenths <= 200; tenths++) {
      BigDecimal off = BigDecimal.valueOf(tenths, 1);
      Rag above =
          rate(new BigDecimal("80").add(off).toPlainString(), EIGHTY_WITHIN_TWO, tenPercent).rag();
      Rag below =
          rate(new BigDecimal("80").subtract(off).toPlainString(), EIGHTY_WITHIN_TWO, tenPercent)
              .rag();
      assertThat(above).as("%s either side", off).isEqualTo(below);
    }
  }

  private static Rating rate(String value, Target target, RagScheme scheme) {
    return RagRating.rate(
        Figure.of(new BigDecimal(value)), Polarity.CLOSE, Unit.PERCENT, target, scheme);
  }
}
