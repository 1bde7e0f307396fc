package beacon.rules.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How a council turns a value and its target into Red, Amber or Green. Every scheme rates a value
 * that meets the green threshold Green (meeting it exactly counts); they differ in where Amber
 * ends.
 */
public sealed interface RagScheme {

  /** The scheme in words, for pages and papers. */
  String describe();

  /**
   * The last value that is still Amber, beyond which a value is Red; empty for a scheme with no
   * Amber. For {@link RelativeBandWithTravel}, the last value that is still Green.
   */
  Optional<BigDecimal> redLine(BigDecimal greenThreshold, Polarity polarity, Target target);

  /**
   * Whether a rating under it reads the value of the same period a year earlier, which must then be
   * at hand for every value rated.
   */
  default boolean readsTheYearBefore() {
    return false;
  }

  /** Why a value short of the green threshold is still Amber: "within 10% of it". */
  String amberClause(Polarity polarity, Unit unit, Target target);

  /** Why a value is Red rather than Amber: "not within 10% of it (Amber to 77.4%)". */
  String redClause(Polarity polarity, Unit unit, Target target, BigDecimal redLine);

  /** Green on or better than target, Red otherwise. */
  record TwoState() implements RagScheme {
    @Override
    public String describe() {
      return "Green on or better than target; Red otherwise";
    }

    @Override
    public Optional<BigDecimal> redLine(
        BigDecimal greenThreshold, Polarity polarity, Target target) {
      return Optional.empty();
    }

    @Override
    public String amberClause(Polarity polarity, Unit unit, Target target) {
      throw new IllegalStateException("A two-state scheme has no Amber");
    }

    @Override
    public String redClause(Polarity polarity, Unit unit, Target target, BigDecimal redLine) {
      throw new IllegalStateException("A two-state scheme has no Amber");
    }
  }

  /**
   * Amber within a percentage of the green threshold ("less than 86% = Amber, less than 77.4% =
   * Red").
   */
  record RelativeBand(BigDecimal percent) implements RagScheme {
    public RelativeBand {
      requirePositive(percent, "percentage");
    }

    @Override
    public String describe() {
      return "Green on or better than the green threshold; Amber within "
          + Unit.plain(percent)
          + "% of it; Red beyond";
    }

    @Override
    public Optional<BigDecimal> redLine(
        BigDecimal greenThreshold, Polarity polarity, Target target) {
      BigDecimal hundred = BigDecimal.valueOf(100);
      BigDecimal share =
          polarity == Polarity.LOW ? hundred.add(percent) : hundred.subtract(percent);
      return Optional.of(
          greenThreshold
              .multiply(share)
              .divide(hundred, 6, RoundingMode.HALF_EVEN)
              .stripTrailingZeros());
    }

    @Override
    public String amberClause(Polarity polarity, Unit unit, Target target) {
      return "within " + Unit.plain(percent) + "% of it";
    }

    @Override
    public String redClause(Polarity polarity, Unit unit, Target target, BigDecimal redLine) {
      return "not within "
          + Unit.plain(percent)
          + "% of it (Amber to "
          + unit.format(redLine)
          + ")";
    }
  }

  /** Amber within a number of points (percentage points for percentages) of the green threshold. */
  record AbsoluteBand(BigDecimal points) implements RagScheme {
    public AbsoluteBand {
      requirePositive(points, "number of points");
    }

    @Override
    public String describe() {
      return "Green on or better than the green threshold; Amber within "
          + Unit.plain(points)
          + " points of it; Red beyond";
    }

    @Override
    public Optional<BigDecimal> redLine(
        BigDecimal greenThreshold, Polarity polarity, Target target) {
      return Optional.of(
          polarity == Polarity.LOW ? greenThreshold.add(points) : greenThreshold.subtract(points));
    }

    @Override
    public String amberClause(Polarity polarity, Unit unit, Target target) {
      return "within " + Unit.plain(points) + " " + unit.points() + " of it";
    }

    @Override
    public String redClause(Polarity polarity, Unit unit, Target target, BigDecimal redLine) {
      return "not within "
          + Unit.plain(points)
          + " "
          + unit.points()
          + " of it (Amber to "
          + unit.format(redLine)
          + ")";
    }
  }

  /** Amber between the target's floor standard and its green threshold; Red beyond the floor. */
  record FloorStandard() implements RagScheme {
    @Override
    public String describe() {
      return "Green on or better than the green threshold; Amber between it and the floor standard;"
          + " Red beyond the floor";
    }

    @Override
    public Optional<BigDecimal> redLine(
        BigDecimal greenThreshold, Polarity polarity, Target target) {
      return Optional.of(
          Objects.requireNonNull(target.floor(), "the target has no floor standard"));
    }

    @Override
    public String amberClause(Polarity polarity, Unit unit, Target target) {
      return (polarity == Polarity.LOW ? "not above" : "not below")
          + " the floor standard of "
          + unit.format(target.floor());
    }

    @Override
    public String redClause(Polarity polarity, Unit unit, Target target, BigDecimal redLine) {
      return (polarity == Polarity.LOW ? "above" : "below")
          + " the floor standard of "
          + unit.format(target.floor());
    }
  }

  /**
   * Green on target or within a percentage of it; beyond that, Amber when the value improved on or
   * kept to the same period a year earlier, Red when it did not (Havering 2013/14: "Amber more than
   * 10% off target but improved or maintained against the same quarter last year").
   */
  record RelativeBandWithTravel(BigDecimal percent) implements RagScheme {
    public RelativeBandWithTravel {
      requirePositive(percent, "percentage");
    }

    @Override
    public boolean readsTheYearBefore() {
      return true;
    }

    @Override
    public String describe() {
      return "Green on target or within "
          + Unit.plain(percent)
          + "% of it; Amber further off but improved or maintained against the same period a"
          + " year earlier; Red further off and not improved";
    }

    /**
     * The last value that is still Green: the edge of the band, and never short of the green
     * threshold itself (a band of a negative threshold would otherwise lie on its good side).
     */
    @Override
    public Optional<BigDecimal> redLine(
        BigDecimal greenThreshold, Polarity polarity, Target target) {
      BigDecimal edge =
          new RelativeBand(percent).redLine(greenThreshold, polarity, target).orElseThrow();
      boolean worse =
          polarity == Polarity.LOW
              ? edge.compareTo(greenThreshold) >= 0
              : edge.compareTo(greenThreshold) <= 0;
      return Optional.of(worse ? edge : greenThreshold);
    }

    @Override
    public String amberClause(Polarity polarity, Unit unit, Target target) {
      return "improved or maintained against the same period a year earlier";
    }

    @Override
    public String redClause(Polarity polarity, Unit unit, Target target, BigDecimal redLine) {
      return "not improved against the same period a year earlier";
    }
  }

  /**
   * A target range (Lincolnshire: "a tolerance of 2 percentage points below and 1 point above" the
   * target): within it the target is achieved, beyond it on the good side exceeded, both Green;
   * beyond it on the other side not achieved, Red. For an indicator that aims to stay close to its
   * target, Red outside it on either side. The range is measured from the green threshold.
   */
  record TargetRange(BigDecimal below, BigDecimal above) implements RagScheme {
    public TargetRange {
      requireNotNegative(below, "below");
      requireNotNegative(above, "above");
      if (below.signum() == 0 && above.signum() == 0) {
        throw new IllegalArgumentException(
            "A target range must reach more than 0 below or above the target");
      }
    }

    @Override
    public String describe() {
      return "Green within a target range from "
          + Unit.plain(below)
          + " points below the green threshold to "
          + Unit.plain(above)
          + " above it, or better; Red worse than the range (for an indicator that aims to stay"
          + " close to its target, Red outside it on either side)";
    }

    /** The last value that is still Green: the range's end on the side that is worse. */
    @Override
    public Optional<BigDecimal> redLine(
        BigDecimal greenThreshold, Polarity polarity, Target target) {
      return Optional.of(
          polarity == Polarity.LOW ? greenThreshold.add(above) : greenThreshold.subtract(below));
    }

    @Override
    public String amberClause(Polarity polarity, Unit unit, Target target) {
      throw new IllegalStateException("A target range has no Amber");
    }

    @Override
    public String redClause(Polarity polarity, Unit unit, Target target, BigDecimal redLine) {
      throw new IllegalStateException("A target range has no Amber");
    }

    private static void requireNotNegative(BigDecimal number, String side) {
      Objects.requireNonNull(number, "a target range needs how far it reaches " + side);
      if (number.signum() < 0) {
        throw new IllegalArgumentException(
            "A target range cannot reach a negative amount " + side + " the target");
      }
    }
  }

  static RagScheme twoState() {
    return new TwoState();
  }

  static RagScheme relativeBand(String percent) {
    return new RelativeBand(new BigDecimal(percent));
  }

  static RagScheme absoluteBand(String points) {
    return new AbsoluteBand(new BigDecimal(points));
  }

  static RagScheme floorStandard() {
    return new FloorStandard();
  }

  private static void requirePositive(BigDecimal number, String what) {
    Objects.requireNonNull(number, "a band needs a " + what);
    if (number.signum() <= 0) {
      throw new IllegalArgumentException("A band's " + what + " must be more than 0");
    }
  }
}
