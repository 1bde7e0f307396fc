package beacon.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.benchmark.Comparator;
import beacon.rules.period.AcademicYear;
import beacon.rules.period.FinancialYear;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AimTest {

  private static final SetAgainst NEIGHBOURS_2021 =
      new SetAgainst(Comparator.STATISTICAL_NEIGHBOURS, new FinancialYear(2021), null);

  @Test
  void aFigureIsItsOwnTarget() {
    Aim aim = Aim.of(Target.of("80", "5"));

    assertThat(aim.target(null, null)).contains(Target.of("80", "5"));
  }

  @Test
  void aTargetSetAgainstABenchmarkTakesTheBenchmarksFigure() {
    Aim aim = Aim.against(NEIGHBOURS_2021, BigDecimal.ONE, null);

    Target target = aim.target(new BigDecimal("82.2"), null).orElseThrow();

    assertThat(target.value()).isEqualByComparingTo("82.2");
    assertThat(target.tolerance()).isEqualByComparingTo("1");
    assertThat(target.display(Unit.PERCENT))
        .isEqualTo("82.2% (1% tolerance): the statistical neighbour average for 2021/22");
  }

  @Test
  void isNotKnownWhileTheBenchmarkIsNotHeld() {
    assertThat(Aim.against(NEIGHBOURS_2021, null, null).target(null, null)).isEmpty();
  }

  @Test
  void namesTheRegionAsTheBenchmarkDoes() {
    SetAgainst region = new SetAgainst(Comparator.REGION, new AcademicYear(2022), null);

    Target target =
        Aim.against(region, null, null).target(new BigDecimal("71"), "South East").orElseThrow();

    assertThat(target.display(Unit.PERCENT)).isEqualTo("71%: the South East average for 2022/23");
  }

  @Test
  void isAFigureOrABenchmarkNeverBothNorNeither() {
    assertThatThrownBy(() -> new Aim(BigDecimal.TEN, null, null, NEIGHBOURS_2021))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Aim(null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new SetAgainst(Comparator.AUTHORITY, new FinancialYear(2021), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
