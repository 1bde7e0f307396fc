package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A floor standard stands on the worse side of the green threshold, or nowhere. */
class FloorPlacingTest {

  private static final Target EIGHTY_FIVE_WITHIN_FIVE = Target.of("85", "5");

  @Test
  void aimingHighTheFloorIsBelowTheGreenThreshold() {
    assertThat(place("79.9", Polarity.HIGH)).isEqualTo(FloorPlacing.ALLOWED);
    assertThat(place("80", Polarity.HIGH)).isEqualTo(FloorPlacing.NOT_BELOW_THE_THRESHOLD);
  }

  @Test
  void aimingLowTheFloorIsAboveTheGreenThreshold() {
    assertThat(place("90.1", Polarity.LOW)).isEqualTo(FloorPlacing.ALLOWED);
    assertThat(place("90", Polarity.LOW)).isEqualTo(FloorPlacing.NOT_ABOVE_THE_THRESHOLD);
  }

  @Test
  void anIndicatorWithoutAWorseSideHasNoFloor() {
    assertThat(place("70", Polarity.NONE)).isEqualTo(FloorPlacing.NO_POLARITY);
    assertThat(place("70", Polarity.CLOSE)).isEqualTo(FloorPlacing.STAYS_CLOSE);
  }

  @Test
  void aTargetWhoseFigureIsNotKnownYetHasOnlyItsPolarityChecked() {
    assertThat(FloorPlacing.of(new BigDecimal("99"), Polarity.HIGH, null))
        .isEqualTo(FloorPlacing.ALLOWED);
    assertThat(FloorPlacing.of(new BigDecimal("99"), Polarity.CLOSE, null))
        .isEqualTo(FloorPlacing.STAYS_CLOSE);
  }

  private static FloorPlacing place(String floor, Polarity polarity) {
    return FloorPlacing.of(new BigDecimal(floor), polarity, EIGHTY_FIVE_WITHIN_FIVE);
  }
}
