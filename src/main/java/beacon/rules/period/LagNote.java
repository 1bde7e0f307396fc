package beacon.rules.period;

import java.util.List;

/**
 * The sentence a paper prints beside a value whose period ended before the reporting period began,
 * as Buckinghamshire's did: "This result is for the academic year 2016/17 because the data runs one
 * year behind." The lag is the indicator's own (its data arrives so many months after its period
 * ends); an indicator with none set is said to be showing the latest figure there is.
 */
public final class LagNote {

  private static final List<String> NUMBERS =
      List.of(
          "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private LagNote() {}

  /**
   * @param lagMonths how many months after its period ends the indicator's data arrives; 0 when it
   *     is not said
   */
  public static String of(Period period, int lagMonths) {
    String result = "This result is for " + named(period);
    if (lagMonths <= 0) {
      return result + ", the latest figure there is.";
    }
    return result + " because the data runs " + lag(lagMonths) + " behind.";
  }

  /** The period as a sentence names it: "the academic year 2016/17", "Q2 2018/19", "2025". */
  static String named(Period period) {
    return switch (period.type()) {
      case ACADEMIC_YEAR -> "the academic year " + period.label();
      case FINANCIAL_YEAR -> "the financial year " + period.label();
      case CALENDAR_YEAR -> "the year " + period.label();
      case FINANCIAL_QUARTER, MONTH, ISO_WEEK -> period.label();
    };
  }

  /** A lag in words: "one year", "two years", "six months", "18 months". */
  static String lag(int months) {
    if (months % 12 == 0) {
      return counted(months / 12, "year");
    }
    return counted(months, "month");
  }

  private static String counted(int n, String unit) {
    String number = n < NUMBERS.size() ? NUMBERS.get(n) : String.valueOf(n);
    return number + " " + unit + (n == 1 ? "" : "s");
  }
}
