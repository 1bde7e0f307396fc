package beacon.rules.national;

import java.math.BigDecimal;

/**
 * An authority's figure for one measure and year, against England, its region and its statistical
 * neighbours, with its national rank and quartile.
 *
 * @param authority the old three-digit code
 * @param value the authority's own figure, null when it has none
 * @param england null when England has no figure
 * @param region the name of the region row compared with, null when none is known
 * @param regionValue null when the region has no figure
 * @param neighbours null when the neighbour model in force does not have the authority
 * @param rank 1 for the best figure, ties sharing the best of their ranks (1, 2, 2, 4); null when
 *     the authority has no figure or the measure has no polarity
 * @param outOf how many authorities have a figure
 * @param quartile null when there is no rank
 * @param topQuartile where the best quartile band begins: the upper quartile of every authority's
 *     figure when high is good, the lower quartile when low is good; null when the measure is not
 *     banded
 * @param change the figure less the previous year's, null when either is missing
 */
public record AuthorityStatistics(
    String authority,
    BigDecimal value,
    BigDecimal england,
    String region,
    BigDecimal regionValue,
    NeighbourAverage neighbours,
    Integer rank,
    int outOf,
    Quartile quartile,
    BigDecimal topQuartile,
    BigDecimal change) {

  /** The same statistics without a quartile, for the measures the LAIT shows without bands. */
  public AuthorityStatistics withoutQuartile() {
    return new AuthorityStatistics(
        authority,
        value,
        england,
        region,
        regionValue,
        neighbours,
        rank,
        outOf,
        null,
        null,
        change);
  }

  /** {@code 12th of 152}, or null when there is no rank. */
  public String rankInWords() {
    return rank == null ? null : Ordinals.of(rank) + " of " + outOf;
  }
}
