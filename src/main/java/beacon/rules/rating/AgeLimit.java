package beacon.rules.rating;

import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import java.util.Optional;

/**
 * How old a value a council still rates: at most {@code periods} periods of the value's own kind
 * behind the newest a report could show (the last to end by the report's cut-off, so an indicator
 * with a lag is not held to a period whose figures cannot be out yet). An older value is shown but
 * not rated, and the reason names its period.
 */
public record AgeLimit(int periods) {

  /** More than any council allows: a limit is checked by counting back at most this far. */
  public static final int LONGEST = 60;

  public AgeLimit {
    if (periods < 0 || periods > LONGEST) {
      throw new IllegalArgumentException(
          "A value's age limit is from 0 to " + LONGEST + " periods, not " + periods);
    }
  }

  /** The limit in words: "a value more than 1 period behind is shown but not rated". */
  public String describe() {
    return "a value more than "
        + periods
        + (periods == 1 ? " period" : " periods")
        + " behind the newest a report could show is shown but not rated";
  }

  /**
   * Why the value is too old to rate in the report for {@code reportingPeriod}; empty when it is
   * not.
   */
  public Optional<String> tooOld(Period value, Period reportingPeriod, int lagMonths) {
    Period newest = LatestAvailable.periodFor(value.type(), reportingPeriod, lagMonths);
    int behind = 0;
    Period counted = newest;
    while (counted.end().isAfter(value.end()) && behind <= periods) {
      counted = counted.previous();
      behind++;
    }
    if (behind <= periods) {
      return Optional.empty();
    }
    return Optional.of(
        "the value is for "
            + value.label()
            + ", more than "
            + periods
            + " "
            + word(value.type(), periods)
            + " behind "
            + newest.label()
            + ", the newest a report for "
            + reportingPeriod.label()
            + " could show");
  }

  private static String word(PeriodType type, int count) {
    String one =
        switch (type) {
          case FINANCIAL_QUARTER -> "quarter";
          case MONTH -> "month";
          case ISO_WEEK -> "week";
          case FINANCIAL_YEAR, ACADEMIC_YEAR, CALENDAR_YEAR -> "year";
        };
    return count == 1 ? one : one + "s";
  }
}
