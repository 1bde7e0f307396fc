package beacon.rules.national;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One year's authority figures laid out by the number of their three-digit code, so that every
 * authority's neighbours are found without a map lookup each (a code that is not three digits is
 * looked up in the map). Each figure is also kept in millionths, as a whole number, so that
 * neighbours' figures add up without making a new number at each step; a figure with more than six
 * decimal places, or too large for it, turns that off for the year.
 */
final class FiguresByCode {

  private static final int CODES = 1000;
  private static final int DECIMALS = 6;
  private static final long LARGEST_IN_MILLIONTHS = 1_000_000_000_000_000L;

  private final BigDecimal[] byNumber = new BigDecimal[CODES];
  private final long[] millionthsByNumber = new long[CODES];
  private final Map<String, BigDecimal> figures;
  private boolean inMillionths = true;

  FiguresByCode(Map<String, BigDecimal> figures) {
    this.figures = figures;
    figures.forEach(
        (code, value) -> {
          int number = number(code);
          if (number < 0) {
            inMillionths = false;
            return;
          }
          byNumber[number] = value;
          if (inMillionths) {
            inMillionths = value.scale() <= DECIMALS;
            if (inMillionths) {
              BigDecimal millionths = value.movePointRight(DECIMALS);
              inMillionths =
                  millionths.abs().compareTo(BigDecimal.valueOf(LARGEST_IN_MILLIONTHS)) < 0;
              millionthsByNumber[number] = inMillionths ? millionths.longValue() : 0;
            }
          }
        });
  }

  /** The authority's figure, null when it has none. */
  BigDecimal of(String code) {
    int number = number(code);
    return number >= 0 ? byNumber[number] : figures.get(code);
  }

  /** The sum of the neighbours' figures, those with one; null when none has one. */
  BigDecimal sumOf(List<Neighbour> neighbours) {
    if (inMillionths) {
      long sum = 0;
      boolean any = false;
      for (Neighbour neighbour : neighbours) {
        int number = number(neighbour.code());
        if (number >= 0 && byNumber[number] != null) {
          sum += millionthsByNumber[number];
          any = true;
        }
      }
      return any ? BigDecimal.valueOf(sum, DECIMALS) : null;
    }
    BigDecimal sum = null;
    for (Neighbour neighbour : neighbours) {
      BigDecimal value = of(neighbour.code());
      if (value != null) {
        sum = sum == null ? value : sum.add(value);
      }
    }
    return sum;
  }

  /**
   * The function remembering each code's answer by the code's number, so that it is asked once per
   * code however often the code is looked up.
   */
  static <T> Function<String, T> remembering(Function<String, T> lookup) {
    Object[] answers = new Object[CODES];
    boolean[] asked = new boolean[CODES];
    return code -> {
      int number = number(code);
      if (number < 0) {
        return lookup.apply(code);
      }
      if (!asked[number]) {
        answers[number] = lookup.apply(code);
        asked[number] = true;
      }
      @SuppressWarnings("unchecked")
      T answer = (T) answers[number];
      return answer;
    };
  }

  /** The number of a three-digit code, or -1. */
  static int number(String code) {
    if (code.length() != 3) {
      return -1;
    }
    int number = 0;
    for (int i = 0; i < 3; i++) {
      int digit = code.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      number = number * 10 + digit;
    }
    return number;
  }
}
