package beacon.rules.rating;

import beacon.rules.rating.RagScheme.TargetRange;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Rates a value under a target range: "Green: 66% is within the target range of 66% to 69% (2
 * percentage points below the target of 68% to 1 above it): achieved (good to be high)".
 */
final class InTargetRange {

  private InTargetRange() {}

  static Rating rate(
      BigDecimal value, Polarity polarity, Unit unit, Target target, TargetRange range) {
    // Staying close, Green reaches the tolerance either side of the target before the range does
    boolean close = polarity == Polarity.CLOSE;
    BigDecimal widening = close ? target.tolerance() : BigDecimal.ZERO;
    BigDecimal centre = target.greenThreshold(polarity);
    BigDecimal bottom = centre.subtract(widening).subtract(range.below());
    BigDecimal top = centre.add(widening).add(range.above());
    String from =
        close ? "the target of " + target.display(unit) : target.describeThreshold(polarity, unit);
    String described =
        "the target range of "
            + unit.format(bottom)
            + " to "
            + unit.format(top)
            + " ("
            + reach(range, unit, from)
            + (close && target.hasTolerance() ? ", beyond its tolerance either side" : "")
            + ")";
    String shown = unit.format(value);
    String goodToBe = " (" + polarity.goodToBe().toLowerCase(Locale.ROOT) + ")";
    boolean under = value.compareTo(bottom) < 0;
    boolean over = value.compareTo(top) > 0;
    if (!under && !over) {
      return new Rating(
          Rag.GREEN, "Green: " + shown + " is within " + described + ": achieved" + goodToBe);
    }
    String where = shown + " is " + (under ? "below " : "above ") + described;
    boolean onTheGoodSide =
        (polarity == Polarity.HIGH && over) || (polarity == Polarity.LOW && under);
    if (onTheGoodSide) {
      return new Rating(Rag.GREEN, "Green: " + where + ": exceeded" + goodToBe);
    }
    return new Rating(Rag.RED, "Red: " + where + ": not achieved");
  }

  /**
   * "2 percentage points below the target of 68% to 1 above it"; "from the target of 68% to 1
   * percentage point above it" for a range that reaches only above it, and so on.
   */
  private static String reach(TargetRange range, Unit unit, String from) {
    String below = Unit.plain(range.below()) + " " + points(unit, range.below());
    if (range.below().signum() == 0) {
      return "from "
          + from
          + " to "
          + Unit.plain(range.above())
          + " "
          + points(unit, range.above())
          + " above it";
    }
    if (range.above().signum() == 0) {
      return "from " + below + " below " + from + " up to it";
    }
    return below + " below " + from + " to " + Unit.plain(range.above()) + " above it";
  }

  private static String points(Unit unit, BigDecimal how) {
    String points = unit.points();
    return how.compareTo(BigDecimal.ONE) == 0 ? singular(points) : points;
  }

  private static String singular(String points) {
    return points.endsWith("s") ? points.substring(0, points.length() - 1) : points;
  }
}
