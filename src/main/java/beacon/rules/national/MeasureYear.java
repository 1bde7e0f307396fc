package beacon.rules.national;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One measure's published figures for one year.
 *
 * @param year the year label as the LAIT writes it ({@code 2022}, {@code 2021/22})
 * @param authorities by old three-digit code, only the authorities with a figure
 * @param england England's figure, null when there is none
 * @param regions by the name the data uses for the region's row ({@code South East}, {@code London
 *     (Inner)}), only the regions with a figure
 */
public record MeasureYear(
    String measure,
    String year,
    Map<String, BigDecimal> authorities,
    BigDecimal england,
    Map<String, BigDecimal> regions) {

  public MeasureYear {
    authorities = Map.copyOf(authorities);
    regions = Map.copyOf(regions);
  }

  /** The authority's figure, null when it has none. */
  public BigDecimal of(String authority) {
    return authorities.get(authority);
  }
}
