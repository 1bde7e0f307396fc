package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures are written as councils' papers print them. */
class UnitTest {

  @Test
  void aRatePer10000ChildrenSaysSo() {
    assertThat(Unit.PER_10000.format(new BigDecimal("47.30"))).isEqualTo("47.3 per 10,000");
    assertThat(Unit.PER_10000.points()).isEqualTo("points");
  }

  @Test
  void aGapBetweenPercentagesIsInPercentagePoints() {
    assertThat(Unit.PERCENT.format(new BigDecimal("83.0"))).isEqualTo("83%");
    assertThat(Unit.PERCENT.points()).isEqualTo("percentage points");
  }

  @Test
  void otherFiguresAreWrittenPlain() {
    assertThat(Unit.DAYS.format(new BigDecimal("12.60"))).isEqualTo("12.6 days");
    assertThat(Unit.RATE.format(new BigDecimal("1E+1"))).isEqualTo("10");
  }
}
