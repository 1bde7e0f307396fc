package beacon.value;

import beacon.rules.period.Period;
import beacon.rules.rating.Figure;
import java.math.BigDecimal;
import java.util.Objects;

/** A value to record for an indicator and period. */
public record NewValue(
    long indicatorId,
    Period period,
    Figure figure,
    BigDecimal numerator,
    BigDecimal denominator,
    boolean provisional,
    String note,
    String source) {

  public NewValue {
    Objects.requireNonNull(period, "a value needs a period");
    Objects.requireNonNull(figure, "a value needs a figure or a marker");
  }

  /** True when {@code recorded} already says exactly this. */
  boolean sameAs(IndicatorValue recorded) {
    return sameNumber(recorded.figure().number(), figure.number())
        && recorded.figure().marker() == figure.marker()
        && sameNumber(recorded.numerator(), numerator)
        && sameNumber(recorded.denominator(), denominator)
        && recorded.provisional() == provisional
        && Objects.equals(recorded.note(), note);
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
