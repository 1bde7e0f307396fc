package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void isWrittenWithItsToleranceInTheIndicatorsUnit() {
    assertThat(Target.of("100", "5").display(Unit.PERCENT)).isEqualTo("100% (5% tolerance)");
  }

  @Test
  void isWrittenAloneWhenItHasNoTolerance() {
    assertThat(Target.of("82").display(Unit.PERCENT)).isEqualTo("82%");
    assertThat(Target.of("82", "0").display(Unit.PERCENT)).isEqualTo("82%");
  }
}
