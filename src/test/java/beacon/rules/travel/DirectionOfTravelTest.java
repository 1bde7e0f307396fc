package beacon.rules.travel;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.AcademicYear;
import beacon.rules.period.Month;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DirectionOfTravelTest {

  @Test
  void aRiseIsAnImprovementWhenHighIsGood() {
    Travel travel =
        DirectionOfTravel.compare(
            new BigDecimal("72"),
            new BigDecimal("69"),
            new AcademicYear(2016),
            Polarity.HIGH,
            Unit.PERCENT);
    assertThat(travel.direction()).isEqualTo(Direction.IMPROVED);
    assertThat(travel.arrow()).isEqualTo("↑");
    assertThat(travel.sentence())
        .isEqualTo("Improved from 69% in 2016/17 (up 3 percentage points)");
  }

  @Test
  void aRiseIsWorseWhenLowIsGood() {
    Travel travel =
        DirectionOfTravel.compare(
            new BigDecimal("36"),
            new BigDecimal("27"),
            Month.of(2017, 12),
            Polarity.LOW,
            Unit.PERCENT);
    assertThat(travel.direction()).isEqualTo(Direction.WORSENED);
    assertThat(travel.sentence())
        .isEqualTo("Worsened from 27% in Dec 2017 (up 9 percentage points)");
  }

  @Test
  void aFallIsAnImprovementWhenLowIsGood() {
    Travel travel =
        DirectionOfTravel.compare(
            new BigDecimal("0.04"),
            new BigDecimal("0.05"),
            new AcademicYear(2015),
            Polarity.LOW,
            Unit.PERCENT);
    assertThat(travel.direction()).isEqualTo(Direction.IMPROVED);
    assertThat(travel.arrow()).isEqualTo("↓");
  }

  @Test
  void withoutPolarityOnlyTheMovementIsTold() {
    assertThat(
            DirectionOfTravel.compare(
                    new BigDecimal("12.6"),
                    new BigDecimal("8.4"),
                    Month.of(2016, 6),
                    Polarity.NONE,
                    Unit.DAYS)
                .direction())
        .isEqualTo(Direction.UP);
  }

  @Test
  void anEqualValueIsNoChangeAndNoEarlierValueIsSaidSo() {
    assertThat(
            DirectionOfTravel.compare(
                    new BigDecimal("2"),
                    new BigDecimal("2.0"),
                    Month.of(2017, 12),
                    Polarity.LOW,
                    Unit.PERCENT)
                .direction())
        .isEqualTo(Direction.UNCHANGED);
    assertThat(
            DirectionOfTravel.compare(new BigDecimal("2"), null, null, Polarity.LOW, Unit.PERCENT)
                .direction())
        .isEqualTo(Direction.NO_COMPARISON);
  }
}
