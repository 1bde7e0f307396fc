package beacon.rules.rating;

import java.math.BigDecimal;

/** What an indicator's figures count, and how a figure is written with it. */
public enum Unit {
  PERCENT("%", ""),
  NUMBER("", ""),
  SCORE("", ""),
  RATE("", ""),
  DAYS("", " days"),
  /**
   * A rate per 10,000 children, as the DfE publishes rates of children in need, on plans, in care.
   */
  PER_10000("", " per 10,000");

  private final String sign;
  private final String suffix;

  Unit(String sign, String suffix) {
    this.sign = sign;
    this.suffix = suffix;
  }

  /** Writes a figure as councils do: 83%, 37.4, 0.04%, 12.6 days, 47.3 per 10,000. */
  public String format(BigDecimal number) {
    return plain(number) + sign + suffix;
  }

  /** The word for a difference in this unit: "percentage points" for percentages. */
  public String points() {
    return switch (this) {
      case PERCENT -> "percentage points";
      case DAYS -> "days";
      case SCORE, NUMBER, RATE, PER_10000 -> "points";
    };
  }

  /** The figure without trailing zeros or exponent: 77.40 gives 77.4. */
  public static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
