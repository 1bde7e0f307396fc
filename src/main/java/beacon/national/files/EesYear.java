package beacon.national.files;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a row of an Explore Education Statistics file is for, as its {@code time_identifier} and
 * {@code time_period} say it: a reporting or calendar year written {@code 2022}, a financial or
 * academic year written {@code 202122}, its two years following each other.
 *
 * @param first the year it starts in (2021 for {@code 202122}; 2022 for a reporting year 2022)
 * @param last the year it ends in (2022 for {@code 202122})
 */
public record EesYear(Kind kind, int first, int last) {

  /** The kinds of year Beacon reads; EES files have others (a term, a week), which it does not. */
  public enum Kind {
    REPORTING_YEAR,
    CALENDAR_YEAR,
    FINANCIAL_YEAR,
    ACADEMIC_YEAR
  }

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})(\\d{2})");

  /**
   * @throws EesFormatException naming the column that does not say a year Beacon reads
   */
  public static EesYear of(String timeIdentifier, String timePeriod) {
    String identifier = timeIdentifier.strip();
    String written = timePeriod.strip();
    Kind kind =
        switch (identifier.toLowerCase(Locale.ROOT)) {
          case "reporting year" -> Kind.REPORTING_YEAR;
          case "calendar year" -> Kind.CALENDAR_YEAR;
          case "financial year" -> Kind.FINANCIAL_YEAR;
          case "academic year" -> Kind.ACADEMIC_YEAR;
          default ->
              throw new EesFormatException(
                  "time_identifier",
                  "'"
                      + identifier
                      + "' is not a year Beacon reads: it reads reporting, financial, academic and"
                      + " calendar years");
        };
    if (kind == Kind.REPORTING_YEAR || kind == Kind.CALENDAR_YEAR) {
      if (YEAR.matcher(written).matches()) {
        int year = Integer.parseInt(written);
        return new EesYear(kind, year, year);
      }
    } else {
      Matcher years = TWO_YEARS.matcher(written);
      if (years.matches()) {
        int first = Integer.parseInt(years.group(1));
        if ((first + 1) % 100 == Integer.parseInt(years.group(2))) {
          return new EesYear(kind, first, first + 1);
        }
      }
    }
    throw new EesFormatException(
        "time_period", "'" + written + "' is not a " + identifier.toLowerCase(Locale.ROOT));
  }

  /** The year as the LAIT writes it: {@code 2022} for a year of one, {@code 2021/22} of two. */
  public String laitYear() {
    return first == last
        ? String.format(Locale.ROOT, "%04d", last)
        : String.format(Locale.ROOT, "%04d/%02d", first, last % 100);
  }
}
