package beacon.rules.national;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LAIT's years are labels: {@code 2022}, {@code 2021/22}, {@code 2023-24}, {@code 2014-16}
 * (three years rolled together), {@code 2013/14-15/16}, with a note after some ({@code 2023-24
 * (OT)}, {@code 2025 (Rev)}, {@code 2020 (Final)}, {@code 2025 (prov)}). A label this class cannot
 * read (the data set has a year {@code 0}) has no year and no previous year.
 */
public final class YearLabels {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern SPAN = Pattern.compile("(\\d{4})([/-])(\\d{2})");
  private static final Pattern SPAN_OF_SPANS =
      Pattern.compile("(\\d{4})/(\\d{2})-(\\d{2})/(\\d{2})");
  private static final Pattern NOTE = Pattern.compile("(\\S+)(\\s+\\(.*\\))?");

  private YearLabels() {}

  /** The last year the label covers ({@code 2021/22} is 2022, {@code 2014-16} is 2016), or null. */
  public static Integer endYear(String label) {
    int[] years = years(label);
    return years == null ? null : years[1];
  }

  /** The first year the label covers ({@code 2021/22} is 2021), or null. */
  public static Integer startYear(String label) {
    int[] years = years(label);
    return years == null ? null : years[0];
  }

  /**
   * The label of the year before, written the same way: {@code 2022} gives {@code 2021}, {@code
   * 2021/22} gives {@code 2020/21}, {@code 2023-24 (OT)} gives {@code 2022-23 (OT)}; null for a
   * label it cannot read.
   */
  public static String previous(String label) {
    if (label == null) {
      return null;
    }
    Matcher noted = NOTE.matcher(label.strip());
    if (!noted.matches()) {
      return null;
    }
    String year = noted.group(1);
    String note = noted.group(2) == null ? "" : noted.group(2);
    Matcher m;
    if ((m = YEAR.matcher(year)).matches()) {
      return (Integer.parseInt(m.group(1)) - 1) + note;
    }
    if ((m = SPAN.matcher(year)).matches()) {
      return (Integer.parseInt(m.group(1)) - 1) + m.group(2) + twoDigits(m.group(3)) + note;
    }
    if ((m = SPAN_OF_SPANS.matcher(year)).matches()) {
      return (Integer.parseInt(m.group(1)) - 1)
          + "/"
          + twoDigits(m.group(2))
          + "-"
          + twoDigits(m.group(3))
          + "/"
          + twoDigits(m.group(4))
          + note;
    }
    return null;
  }

  /**
   * The previous year among the labels a measure has: the label written the same way if there is
   * one, else the one covering the same span a year earlier whatever its note ({@code 2019 (Rev)}
   * follows {@code 2018 (Rev)}, {@code 2018 (Rev)} follows {@code 2017}); null when there is none.
   */
  public static String previousAmong(String label, Collection<String> labels) {
    String previous = previous(label);
    if (previous == null) {
      return null;
    }
    if (labels.contains(previous)) {
      return previous;
    }
    int[] wanted = years(previous);
    for (String candidate : labels) {
      int[] years = years(candidate);
      if (years != null && years[0] == wanted[0] && years[1] == wanted[1]) {
        return candidate;
      }
    }
    return null;
  }

  /** The first and last year of the label, or null. */
  private static int[] years(String label) {
    if (label == null) {
      return null;
    }
    Matcher noted = NOTE.matcher(label.strip());
    if (!noted.matches()) {
      return null;
    }
    String year = noted.group(1);
    Matcher m;
    if ((m = YEAR.matcher(year)).matches()) {
      int y = Integer.parseInt(m.group(1));
      return new int[] {y, y};
    }
    if ((m = SPAN.matcher(year)).matches()) {
      int start = Integer.parseInt(m.group(1));
      return new int[] {start, endOf(start, m.group(3))};
    }
    if ((m = SPAN_OF_SPANS.matcher(year)).matches()) {
      int start = Integer.parseInt(m.group(1));
      return new int[] {start, endOf(start, m.group(4))};
    }
    return null;
  }

  /** The year ending in these two digits, the first after {@code start}. */
  private static int endOf(int start, String twoDigits) {
    int end = start - start % 100 + Integer.parseInt(twoDigits);
    return end < start ? end + 100 : end;
  }

  private static String twoDigits(String digits) {
    return String.format("%02d", (Integer.parseInt(digits) + 99) % 100);
  }
}
