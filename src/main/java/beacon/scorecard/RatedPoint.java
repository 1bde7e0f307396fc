package beacon.scorecard;

import beacon.rules.period.Period;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;

/**
 * A value of an indicator's series with its rating, as the report that showed it rated it: against
 * the target covering its period, under the scheme then in force, or as a person judged it.
 *
 * @param numerator the numerator, or null when it is not recorded
 * @param target the target covering the value's period, or null when none does
 * @param basis whether the rating was computed, assessed by a person, or overridden
 */
public record RatedPoint(
    Period period,
    Figure figure,
    BigDecimal numerator,
    BigDecimal denominator,
    boolean provisional,
    String note,
    Unit unit,
    Target target,
    Rag rag,
    RatingBasis basis) {

  /** The number as written ("83%") or the marker ("New Definition"). */
  public String display() {
    return figure.display(unit);
  }

  /** The number, or null for a marker. */
  public BigDecimal number() {
    return figure.number();
  }

  /** True when a marker stands in place of a number. */
  public boolean marked() {
    return !figure.isNumber();
  }

  /** True when both the numerator and the denominator are recorded ("122 of 182"). */
  public boolean counted() {
    return numerator != null && denominator != null;
  }

  /** The numerator as written, "122". */
  public String numeratorWritten() {
    return numerator == null ? null : Unit.plain(numerator);
  }

  /** The denominator as written, "182". */
  public String denominatorWritten() {
    return denominator == null ? null : Unit.plain(denominator);
  }

  /** The target's value, or null when no target covers the period. */
  public BigDecimal targetValue() {
    return target == null ? null : target.value();
  }

  /** The target as printed, "100% (5% tolerance)", or null when no target covers the period. */
  public String targetDisplay() {
    return target == null ? null : target.display(unit);
  }
}
