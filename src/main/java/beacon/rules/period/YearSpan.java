package beacon.rules.period;

/** Writing of a year that runs across two calendar years: 2022/23 and 2022-23. */
final class YearSpan {

  private YearSpan() {}

  static String label(int startYear) {
    return startYear + "/" + twoDigits(startYear + 1);
  }

  static String code(int startYear) {
    return startYear + "-" + twoDigits(startYear + 1);
  }

  /** Checks that the two-digit ending follows the start year (2022 and 23), else throws. */
  static int startYear(String startText, String endText, String original) {
    int start = Integer.parseInt(startText);
    int end = Integer.parseInt(endText);
    int expected = endText.length() == 2 ? (start + 1) % 100 : start + 1;
    if (end != expected) {
      throw new PeriodFormatException(
          "'"
              + original
              + "' runs from "
              + start
              + " to "
              + endText
              + ": a year ends the year after it starts");
    }
    return start;
  }

  private static String twoDigits(int year) {
    return String.format("%02d", year % 100);
  }
}
