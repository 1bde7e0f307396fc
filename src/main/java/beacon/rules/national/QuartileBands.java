package beacon.rules.national;

import beacon.rules.rating.Polarity;
import java.math.BigDecimal;

/**
 * The quartile bands as the LAIT draws them: the lower quartile, median and upper quartile of every
 * authority's figure (R's default {@code quantile}, interpolating between the two nearest figures),
 * then a figure up to and including the lower quartile is in the bottom band, up to and including
 * the median in the next, and so on. A is the best band: the bottom one when low is good, the top
 * one when high is good.
 */
record QuartileBands(BigDecimal lower, BigDecimal median, BigDecimal upper) {

  private static final BigDecimal QUARTER = new BigDecimal("0.25");

  /** The bands of figures sorted from lowest to highest; null when there are none. */
  static QuartileBands of(BigDecimal[] ascending) {
    if (ascending.length == 0) {
      return null;
    }
    return new QuartileBands(
        quantile(ascending, 1), quantile(ascending, 2), quantile(ascending, 3));
  }

  /** The band of a figure; null for a figure of a measure with no polarity. */
  Quartile of(BigDecimal value, Polarity polarity) {
    int fromBottom;
    if (value.compareTo(lower) <= 0) {
      fromBottom = 0;
    } else if (value.compareTo(median) <= 0) {
      fromBottom = 1;
    } else if (value.compareTo(upper) <= 0) {
      fromBottom = 2;
    } else {
      fromBottom = 3;
    }
    return switch (polarity) {
      case LOW -> Quartile.values()[fromBottom];
      case HIGH -> Quartile.values()[3 - fromBottom];
      case NONE, CLOSE -> null;
    };
  }

  /** The {@code quarters}/4 quantile: position (n - 1) x p, between the figures either side. */
  private static BigDecimal quantile(BigDecimal[] ascending, int quarters) {
    BigDecimal position =
        BigDecimal.valueOf(ascending.length - 1)
            .multiply(QUARTER)
            .multiply(BigDecimal.valueOf(quarters));
    int below = position.intValue();
    BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
    if (fraction.signum() == 0 || below + 1 >= ascending.length) {
      return ascending[below];
    }
    BigDecimal gap = ascending[below + 1].subtract(ascending[below]);
    return ascending[below].add(gap.multiply(fraction));
  }
}
