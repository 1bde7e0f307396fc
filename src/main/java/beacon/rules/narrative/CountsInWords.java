package beacon.rules.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of a paper's ratings as a committee report words them: "three red indicators, four
 * amber indicators and six green indicators".
 */
public final class CountsInWords {

  private static final String[] UNDER_TWENTY = {
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  private CountsInWords() {}

  /**
   * @param red how many indicators are rated Red
   * @param amber how many Amber
   * @param green how many Green
   */
  public static String ratings(int red, int amber, int green) {
    List<String> parts = new ArrayList<>();
    parts.add(count(red, "red"));
    parts.add(count(amber, "amber"));
    parts.add(count(green, "green"));
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  static String count(int n, String colour) {
    return number(n) + " " + colour + (n == 1 ? " indicator" : " indicators");
  }

  /** A whole number in words, as written in British English: "one hundred and twelve". */
  static String number(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("A count cannot be negative: " + n);
    }
    if (n < 20) {
      return UNDER_TWENTY[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNDER_TWENTY[n % 10]);
    }
    if (n < 1000) {
      return UNDER_TWENTY[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + number(n % 100));
    }
    return String.valueOf(n);
  }
}
