package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

  @Test
  void aTargetSetAgainstABenchmarkSaysWhichAndOfWhatYear() {
    TargetBasis neighbours =
        new TargetBasis("the statistical neighbour average", "2021/22", BigDecimal.ZERO);

    Target target = Target.against(neighbours, new BigDecimal("82.2"), null, null);

    assertThat(target.value()).isEqualByComparingTo("82.2");
    assertThat(target.display(Unit.PERCENT))
        .isEqualTo("82.2%: the statistical neighbour average for 2021/22");
    assertThat(target.describeThreshold(Polarity.HIGH, Unit.PERCENT))
        .isEqualTo("the target of 82.2% (the statistical neighbour average for 2021/22)");
  }

  @Test
  void anOffsetIsAddedToTheBenchmarksFigureAndWrittenInPoints() {
    TargetBasis above = new TargetBasis("the England average", "2022/23", new BigDecimal("2"));
    TargetBasis below = new TargetBasis("the England average", "2022/23", new BigDecimal("-1.5"));

    assertThat(Target.against(above, new BigDecimal("50"), null, null).display(Unit.PERCENT))
        .isEqualTo("52%: the England average for 2022/23 plus 2 percentage points");
    assertThat(Target.against(below, new BigDecimal("12.5"), null, null).display(Unit.DAYS))
        .isEqualTo("11 days: the England average for 2022/23 less 1.5 days");
    TargetBasis onePoint = new TargetBasis("the England average", "2022/23", BigDecimal.ONE);
    assertThat(onePoint.describe(Unit.PERCENT))
        .isEqualTo("the England average for 2022/23 plus 1 percentage point");
  }

  @Test
  void keepsItsToleranceAndFloorWhenSetAgainstABenchmark() {
    TargetBasis basis = new TargetBasis("the England average", "2022/23", null);

    Target target =
        Target.against(basis, new BigDecimal("80"), new BigDecimal("5"), new BigDecimal("60"));

    assertThat(target.greenThreshold(Polarity.HIGH)).isEqualByComparingTo("75");
    assertThat(target.floor()).isEqualByComparingTo("60");
    assertThat(target.display(Unit.PERCENT))
        .isEqualTo("80% (5% tolerance): the England average for 2022/23");
  }
}
