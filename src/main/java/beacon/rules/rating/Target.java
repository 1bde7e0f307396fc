package beacon.rules.rating;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an indicator aims for in a period. A tolerance loosens it: "100% (5% tolerance)" is green
 * from 95% when aiming high. A floor standard, where set, is the line between Amber and Red. A
 * target set against a benchmark keeps its basis, and says it: "82.2%: the statistical neighbour
 * average for 2021/22".
 *
 * @param basis what the value was read from, for a target set against a benchmark; else null
 */
public record Target(BigDecimal value, BigDecimal tolerance, BigDecimal floor, TargetBasis basis) {

  public Target(BigDecimal value, BigDecimal tolerance, BigDecimal floor) {
    this(value, tolerance, floor, null);
  }

  public Target {
    Objects.requireNonNull(value, "a target needs a value");
    tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
    if (tolerance.signum() < 0) {
      throw new IllegalArgumentException("A tolerance cannot be negative");
    }
  }

  public static Target of(String value) {
    return new Target(new BigDecimal(value), BigDecimal.ZERO, null);
  }

  public static Target of(String value, String tolerance) {
    return new Target(new BigDecimal(value), new BigDecimal(tolerance), null);
  }

  public Target withFloor(String floor) {
    return new Target(value, tolerance, new BigDecimal(floor), basis);
  }

  /** The target a basis gives from its comparator's figure. */
  public static Target against(
      TargetBasis basis, BigDecimal comparatorsFigure, BigDecimal tolerance, BigDecimal floor) {
    return new Target(basis.targetFrom(comparatorsFigure), tolerance, floor, basis);
  }

  public boolean hasTolerance() {
    return tolerance.signum() > 0;
  }

  /**
   * The target as pages, papers and the API write it: "100% (5% tolerance)", or "82%" without a
   * tolerance; "82.2%: the statistical neighbour average for 2021/22" when set against one.
   */
  public String display(Unit unit) {
    return unit.format(value)
        + (hasTolerance() ? " (" + unit.format(tolerance) + " tolerance)" : "")
        + (basis == null ? "" : ": " + basis.describe(unit));
  }

  /**
   * The line a value must reach to be Green: the target less the tolerance when aiming high, plus
   * it when aiming low.
   */
  public BigDecimal greenThreshold(Polarity polarity) {
    return switch (polarity) {
      case HIGH -> value.subtract(tolerance);
      case LOW -> value.add(tolerance);
      case NONE, CLOSE -> value;
    };
  }

  /** "the green threshold of 86% (100% target with 14% tolerance)", or "the target of 82%". */
  public String describeThreshold(Polarity polarity, Unit unit) {
    if (!hasTolerance()) {
      return "the target of "
          + unit.format(value)
          + (basis == null ? "" : " (" + basis.describe(unit) + ")");
    }
    return "the green threshold of "
        + unit.format(greenThreshold(polarity))
        + " ("
        + unit.format(value)
        + " target with "
        + unit.format(tolerance)
        + " tolerance)";
  }
}
