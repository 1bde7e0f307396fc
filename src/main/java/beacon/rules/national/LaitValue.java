package beacon.rules.national;

import java.math.BigDecimal;

/**
 * One published figure of the Local Authority Interactive Tool (LAIT): a measure's value for an
 * area (an authority, a region or England) in a year.
 *
 * @param measure the measure's code, as the data set's {@code Short Desc} writes it
 * @param measureName the measure's name, carried from the measure's first row; null when the data
 *     set names it nowhere (the dictionary does)
 * @param year the year exactly as the data set writes it: {@code 2022}, {@code 2021/22}, {@code
 *     2014-16}, {@code 2023-24 (OT)}, {@code 2025 (Rev)}
 * @param areaCode the old three-digit code: an authority below 970, England 970, the regions 980 to
 *     990
 * @param region the authority's region as the data set names it ({@code Inner London}, {@code South
 *     East}); null for England and the regions
 * @param value the figure without floating-point noise, null when suppressed or empty
 * @param suppression the mark written instead of a figure, in lower case ({@code c}, {@code x},
 *     {@code low}, {@code -}); null when there is a figure or the cell is empty
 */
public record LaitValue(
    String measure,
    String measureName,
    String year,
    String areaCode,
    String areaName,
    String region,
    BigDecimal value,
    String suppression) {

  /** England's code in the data set. */
  public static final String ENGLAND = "970";

  public boolean isEngland() {
    return ENGLAND.equals(areaCode);
  }

  /** A region's row (980 to 990: North East to South West, with London and its halves). */
  public boolean isRegion() {
    return areaCode.compareTo(ENGLAND) > 0;
  }

  public boolean isAuthority() {
    return areaCode.compareTo(ENGLAND) < 0;
  }
}
