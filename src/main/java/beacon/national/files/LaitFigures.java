package beacon.national.files;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The text of a LAIT cell as a figure: floating-point noise taken off ({@code 84.300000000000011}
 * is 84.3, {@code 7.0000000000000007E-2} is 0.07), a suppression mark kept as written.
 */
final class LaitFigures {

  /** Figures are kept to six decimal places, more than any measure publishes. */
  static final int DECIMALS = 6;

  private LaitFigures() {}

  /** The figure, or null when the text is empty or a suppression mark. */
  static BigDecimal value(String text) {
    String t = text.strip();
    if (t.isEmpty() || !startsLikeANumber(t)) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
    return cleaned(value);
  }

  /** The figure to six decimal places at most, without trailing zeros: 84.3, 1200, 0.07. */
  static BigDecimal cleaned(BigDecimal value) {
    BigDecimal clean = value.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return clean.scale() < 0 ? clean.setScale(0) : clean;
  }

  /** The suppression mark in lower case, or null when the text is a figure or empty. */
  static String suppression(String text) {
    String t = text.strip();
    if (t.isEmpty() || value(t) != null) {
      return null;
    }
    return t.toLowerCase(Locale.ROOT);
  }

  private static boolean startsLikeANumber(String t) {
    char first = t.charAt(0);
    if (first == '-' || first == '+' || first == '.') {
      return t.length() > 1 && (Character.isDigit(t.charAt(1)) || t.charAt(1) == '.');
    }
    return Character.isDigit(first);
  }
}
