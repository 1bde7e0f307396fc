package beacon.targets;

import beacon.rules.rating.Target;
import java.math.BigDecimal;
import java.util.Objects;

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
  public java.util.Optional<Target> target(BigDecimal benchmarksFigure, String regionName) {
    if (setAgainst == null) {
      return java.util.Optional.of(new Target(figure, tolerance, floor));
    }
    if (benchmarksFigure == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Target.against(setAgainst.basis(regionName), benchmarksFigure, tolerance, floor));
  }
}
