package beacon.targets;

import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target as it is saved: a figure, or a benchmark to read its figure from, each with the
 * tolerance and floor standard a figure has.
 *
 * @param figure the target typed as a figure; null for one set against a benchmark
 * @param tolerance how far the target is loosened; zero for none
 * @param floor the floor standard, where one is set; else null
 * @param setAgainst the benchmark the target is set against; null for a figure
 */
public record Aim(
    BigDecimal figure, BigDecimal tolerance, BigDecimal floor, SetAgainst setAgainst) {

  public Aim {
    if ((figure == null) == (setAgainst == null)) {
      throw new IllegalArgumentException("A target is a figure or set against a benchmark");
    }
    tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
  }

  /** A target of a figure. */
  public static Aim of(Target target) {
    return new Aim(target.value(), target.tolerance(), target.floor(), null);
  }

  /** A target set against a benchmark. */
  public static Aim against(SetAgainst setAgainst, BigDecimal tolerance, BigDecimal floor) {
    return new Aim(null, tolerance, floor, Objects.requireNonNull(setAgainst));
  }

  /**
   * What the target aims for, given the benchmark's figure and its region's name (both null for a
   * figure); empty while the benchmark is not held.
   */
  public Optional<Target> target(BigDecimal benchmarksFigure, String regionName) {
    if (setAgainst == null) {
      return Optional.of(new Target(figure, tolerance, floor));
    }
    if (benchmarksFigure == null) {
      return Optional.empty();
    }
    return Optional.of(
        Target.against(setAgainst.basis(regionName), benchmarksFigure, tolerance, floor));
  }

  /** The same aim with this floor standard (null for none). */
  public Aim withFloor(BigDecimal standard) {
    return new Aim(figure, tolerance, standard, setAgainst);
  }

  /** Whether the other aims for the same: the same figure or benchmark, tolerance and floor. */
  public boolean sameAs(Aim other) {
    return same(figure, other.figure)
        && same(tolerance, other.tolerance)
        && same(floor, other.floor)
        && Objects.equals(setAgainst, other.setAgainst);
  }

  /**
   * The aim as the import report writes it: "80% (5% tolerance)", or "the statistical neighbour
   * average for 2021/22" before its figure is read.
   */
  public String describe(Unit unit) {
    if (setAgainst == null) {
      return new Target(figure, tolerance, floor).display(unit);
    }
    return setAgainst.describe(unit)
        + (tolerance.signum() > 0 ? " (" + unit.format(tolerance) + " tolerance)" : "");
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
