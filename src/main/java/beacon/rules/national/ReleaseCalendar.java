package beacon.rules.national;

import beacon.rules.period.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When each national publication's figures for a year usually come out, as a number of months after
 * the year's end: the children in need census's figures for 2018/19 (to 31 March 2019) seven months
 * after it, in October 2019; the key stage 2 results for the school year 2018/19 (to 31 August)
 * four months after, in December. A figure counts as published on the last day of that month, so
 * that a report made before then shows the year before. A publication the calendar does not name
 * has no known day.
 */
public final class ReleaseCalendar {

  private final Map<String, Integer> monthsAfter = new HashMap<>();

  /**
   * @param monthsAfter each publication, as a benchmark's source names it ("CIN Census"), with the
   *     months after its year's end that its figures come out, 0 or more
   */
  public ReleaseCalendar(Map<String, Integer> monthsAfter) {
    monthsAfter.forEach(
        (publication, months) -> {
          if (months < 0) {
            throw new IllegalArgumentException(
                publication + " cannot be published before its year ends: " + months + " months");
          }
          this.monthsAfter.put(key(publication), months);
        });
  }

  /** The day the publication's figures for the period count as published, when known. */
  public Optional<LocalDate> publishedOn(String publication, Period period) {
    if (publication == null || period == null) {
      return Optional.empty();
    }
    Integer months = monthsAfter.get(key(publication));
    if (months == null) {
      return Optional.empty();
    }
    return Optional.of(YearMonth.from(period.end()).plusMonths(months).atEndOfMonth());
  }

  /** The months after its year's end that the publication comes out, when known. */
  public Optional<Integer> monthsAfter(String publication) {
    return publication == null
        ? Optional.empty()
        : Optional.ofNullable(monthsAfter.get(key(publication)));
  }

  private static String key(String publication) {
    return publication.strip().toLowerCase(Locale.UK);
  }
}
