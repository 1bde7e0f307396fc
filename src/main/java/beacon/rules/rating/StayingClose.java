package beacon.rules.rating;

import beacon.rules.rating.RagScheme.AbsoluteBand;
import beacon.rules.rating.RagScheme.RelativeBand;
import beacon.rules.rating.RagScheme.TwoState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Rates a value of an indicator that aims to stay close to its target (Kent's polarity T): Green
 * within the tolerance either side of the target; under a band scheme, Amber within the band beyond
 * that on either side (a percentage of the target, or points); Red further off. A scheme whose
 * Amber needs a better direction (a floor standard, improvement on last year) cannot rate it.
 */
final class StayingClose {

  private StayingClose() {}

  static Rating rate(BigDecimal value, Unit unit, Target target, RagScheme scheme) {
    Optional<BigDecimal> band = band(scheme, target);
    if (band.isEmpty() && !(scheme instanceof TwoState)) {
      return Rating.notRated(
          "the RAG scheme rates indicators that aim high or low, and this one aims to stay close"
              + " to its target");
    }
    BigDecimal off = value.subtract(target.value());
    String shown = unit.format(value);
    String aimed = "the target of " + target.display(unit);
    String where =
        off.signum() == 0
            ? " is on " + aimed
            : " is "
                + Unit.plain(off.abs())
                + " "
                + unit.points()
                + (off.signum() > 0 ? " above " : " below ")
                + aimed;
    String either = either(unit, target.tolerance());
    if (off.abs().compareTo(target.tolerance()) <= 0) {
      return new Rating(
          Rag.GREEN,
          "Green: "
              + shown
              + where
              + (off.signum() == 0 ? "" : ", within " + either)
              + " (good to be close to target)");
    }
    String outside = "Green within " + either;
    if (band.isEmpty()) {
      return new Rating(Rag.RED, "Red: " + shown + where + "; " + outside);
    }
    BigDecimal amberTo = target.tolerance().add(band.get());
    String amberRange =
        unit.format(target.value().subtract(amberTo))
            + " to "
            + unit.format(target.value().add(amberTo));
    if (off.abs().compareTo(amberTo) <= 0) {
      return new Rating(
          Rag.AMBER, "Amber: " + shown + where + "; " + outside + ", Amber from " + amberRange);
    }
    return new Rating(
        Rag.RED, "Red: " + shown + where + "; " + outside + ", Amber only from " + amberRange);
  }

  /** "1 percentage point either side", or "exactly the target" without a tolerance. */
  private static String either(Unit unit, BigDecimal tolerance) {
    if (tolerance.signum() == 0) {
      return "nothing either side of it";
    }
    String points = unit.points();
    if (tolerance.compareTo(BigDecimal.ONE) == 0) {
      points = points.substring(0, points.length() - 1);
    }
    return Unit.plain(tolerance) + " " + points + " either side";
  }

  /**
   * How far beyond the tolerance Amber reaches under the scheme; empty for none or another kind.
   */
  private static Optional<BigDecimal> band(RagScheme scheme, Target target) {
    if (scheme instanceof RelativeBand relative) {
      return Optional.of(
          target
              .value()
              .abs()
              .multiply(relative.percent())
              .divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP)
              .stripTrailingZeros());
    }
    if (scheme instanceof AbsoluteBand absolute) {
      return Optional.of(absolute.points());
    }
    return Optional.empty();
  }
}
