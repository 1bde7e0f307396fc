package beacon.rules.rating;

import beacon.rules.rating.RagScheme.FloorStandard;
import beacon.rules.rating.RagScheme.RelativeBandWithTravel;
import beacon.rules.rating.RagScheme.TargetRange;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Rates a value against its target under a RAG scheme, and says why in words, e.g. "Amber: 83% is
 * below the green threshold of 86% (100% target with 14% tolerance) but within 10% of it; Red below
 * 77.4%". No value, a marker, no polarity, no target or no scheme gives "not rated", never Green.
 */
public final class RagRating {

  private RagRating() {}

  /**
   * @param figure the value, or null when there is none
   * @param target the target for the value's period, or null when none is set
   * @param scheme the scheme in force, or null when none is
   */
  public static Rating rate(
      Figure figure, Polarity polarity, Unit unit, Target target, RagScheme scheme) {
    return rate(figure, polarity, unit, target, scheme, null);
  }

  /**
   * @param sameLastYear the value of the same period a year earlier, or null when there is none;
   *     read only by a scheme whose Amber depends on it
   */
  public static Rating rate(
      Figure figure,
      Polarity polarity,
      Unit unit,
      Target target,
      RagScheme scheme,
      Earlier sameLastYear) {
    if (figure == null) {
      return Rating.notRated("there is no value");
    }
    if (!figure.isNumber()) {
      return Rating.notRated("the value is marked " + figure.marker().label());
    }
    if (polarity == Polarity.NONE) {
      return Rating.notRated("the indicator has no polarity, so it is shown for context only");
    }
    if (target == null) {
      return Rating.notRated("no target is set");
    }
    if (scheme == null) {
      return Rating.notRated("no RAG scheme is in force");
    }
    if (scheme instanceof FloorStandard && target.floor() == null) {
      return Rating.notRated("the RAG scheme needs a floor standard and the target has none");
    }
    if (scheme instanceof TargetRange range) {
      return InTargetRange.rate(figure.number(), polarity, unit, target, range);
    }
    if (polarity == Polarity.CLOSE) {
      return StayingClose.rate(figure.number(), unit, target, scheme);
    }
    if (scheme instanceof RelativeBandWithTravel withTravel) {
      return rateWithTravel(figure.number(), polarity, unit, target, withTravel, sameLastYear);
    }
    return rateNumber(figure.number(), polarity, unit, target, scheme);
  }

  private static Rating rateWithTravel(
      BigDecimal value,
      Polarity polarity,
      Unit unit,
      Target target,
      RelativeBandWithTravel scheme,
      Earlier sameLastYear) {
    BigDecimal green = target.greenThreshold(polarity);
    String shown = unit.format(value);
    String threshold = target.describeThreshold(polarity, unit);
    String side = polarity == Polarity.HIGH ? "below" : "above";
    String band = Unit.plain(scheme.percent()) + "%";
    if (atOrBetter(value, green, polarity)) {
      String how = value.compareTo(green) == 0 ? " meets " : " is better than ";
      return new Rating(Rag.GREEN, "Green: " + shown + how + threshold);
    }
    BigDecimal edge = scheme.redLine(green, polarity, target).orElseThrow();
    if (atOrBetter(value, edge, polarity)) {
      return new Rating(
          Rag.GREEN,
          "Green: "
              + shown
              + " is "
              + side
              + " "
              + threshold
              + " but within "
              + band
              + " of it (Green to "
              + unit.format(edge)
              + ")");
    }
    String off =
        shown
            + " is more than "
            + band
            + " "
            + side
            + " "
            + threshold
            + " (Green to "
            + unit.format(edge)
            + ")";
    if (sameLastYear == null || !sameLastYear.figure().isNumber()) {
      String none =
          sameLastYear == null
              ? "there is no value a year earlier to show it improved"
              : "the value a year earlier, for "
                  + sameLastYear.period().label()
                  + ", is marked "
                  + sameLastYear.figure().marker().label()
                  + ", so it cannot show it improved";
      return new Rating(Rag.RED, "Red: " + off + " and " + none);
    }
    BigDecimal before = sameLastYear.figure().number();
    String then = unit.format(before) + " in " + sameLastYear.period().label();
    if (atOrBetter(value, before, polarity)) {
      String how = value.compareTo(before) == 0 ? "maintained at " : "improved on ";
      return new Rating(Rag.AMBER, "Amber: " + off + " but " + how + then);
    }
    return new Rating(Rag.RED, "Red: " + off + " and worse than " + then);
  }

  private static Rating rateNumber(
      BigDecimal value, Polarity polarity, Unit unit, Target target, RagScheme scheme) {
    BigDecimal green = target.greenThreshold(polarity);
    String shown = unit.format(value);
    String threshold = target.describeThreshold(polarity, unit);
    if (atOrBetter(value, green, polarity)) {
      String how = value.compareTo(green) == 0 ? " meets " : " is better than ";
      return new Rating(
          Rag.GREEN,
          "Green: "
              + shown
              + how
              + threshold
              + " ("
              + polarity.goodToBe().toLowerCase(Locale.ROOT)
              + ")");
    }
    String side = polarity == Polarity.HIGH ? "below" : "above";
    String missed = shown + " is " + side + " " + threshold;
    Optional<BigDecimal> redLine = scheme.redLine(green, polarity, target);
    if (redLine.isEmpty()) {
      return new Rating(Rag.RED, "Red: " + missed);
    }
    if (atOrBetter(value, redLine.get(), polarity)) {
      return new Rating(
          Rag.AMBER,
          "Amber: "
              + missed
              + " but "
              + scheme.amberClause(polarity, unit, target)
              + "; Red "
              + side
              + " "
              + unit.format(redLine.get()));
    }
    return new Rating(
        Rag.RED,
        "Red: " + missed + " and " + scheme.redClause(polarity, unit, target, redLine.get()));
  }

  /** Meeting a line exactly counts as meeting it. */
  static boolean atOrBetter(BigDecimal value, BigDecimal line, Polarity polarity) {
    int comparison = value.compareTo(line);
    return polarity == Polarity.LOW ? comparison <= 0 : comparison >= 0;
  }
}
