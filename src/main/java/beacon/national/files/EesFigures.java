package beacon.national.files;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a measure column of an Explore Education Statistics file: a figure, a time written
 * in years and months ({@code 01:07}), a mark for a figure not published ({@link
 * EesColumns#isNotPublished}) or nothing. A figure once stored as a binary fraction is written with
 * its noise ({@code 84.300000000000011}), which is taken off.
 */
public final class EesFigures {

  /** A time written years:months ({@code 01:07}): a figure, read as months (19). */
  private static final Pattern YEARS_AND_MONTHS = Pattern.compile("(\\d+):(\\d{2})");

  private EesFigures() {}

  /**
   * The figure a cell gives, without floating-point noise; a time in years and months as months;
   * null for a mark, an empty cell or words.
   */
  public static BigDecimal figure(String cell) {
    Matcher time = YEARS_AND_MONTHS.matcher(cell.strip());
    if (time.matches()) {
      return BigDecimal.valueOf(Long.parseLong(time.group(1)) * 12 + Long.parseLong(time.group(2)));
    }
    return LaitFigures.value(cell);
  }

  /** Whether the cell is a time written years:months. */
  public static boolean inYearsAndMonths(String cell) {
    return YEARS_AND_MONTHS.matcher(cell.strip()).matches();
  }

  /**
   * Whether the cell is what a measure column has, a figure, a mark for a figure not published or
   * nothing, rather than words (a filter's value).
   */
  public static boolean isFigureOrNone(String cell) {
    String text = cell.strip();
    return text.isEmpty() || EesColumns.isNotPublished(text) || figure(text) != null;
  }

  /** The figure without the noise of a binary fraction: to six decimal places, no more. */
  public static BigDecimal withoutNoise(BigDecimal figure) {
    return LaitFigures.cleaned(figure);
  }
}
