package beacon.rules.national;

import beacon.rules.rating.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every authority's statistics for one measure and year, computed together (the figures sorted once
 * per measure and year):
 *
 * <ul>
 *   <li>the statistical neighbour average: the simple mean of the neighbours' own figures under the
 *       model given (see {@link StatisticalNeighbourModels#inForce}), those without a figure left
 *       out and counted;
 *   <li>the national rank among the authorities with a figure, ties taking the best of their ranks
 *       (1, 2, 2, 4): highest first when high is good, lowest first when low is good, none when the
 *       measure has no polarity;
 *   <li>the quartile band, A best, as the LAIT draws it (see {@link QuartileBands}), and where the
 *       best band begins, for targets of "the top quartile";
 *   <li>the change: the figure less the previous year's;
 *   <li>England and the region: the authority's region row, or, when a region split in two ({@code
 *       London (Inner)}) has no figure, the whole region's ({@code London}).
 * </ul>
 */
public final class NationalStatistics {

  /** Means are kept to six decimal places, as the figures are. */
  static final int DECIMALS = 6;

  private static final Pattern PART_OF_A_REGION = Pattern.compile("(.+) \\(.+\\)");

  private NationalStatistics() {}

  /**
   * The statistics of every authority with a figure this year.
   *
   * @param previous the year before, or null
   * @param model the neighbour model in force this year, or null for none
   * @param polarity which way is good; null is taken as none
   * @param regionOf an authority's region, by the name the data uses for the region's row
   */
  public static Map<String, AuthorityStatistics> forEveryAuthority(
      MeasureYear year,
      MeasureYear previous,
      NeighbourModel model,
      Polarity polarity,
      Function<String, String> regionOf) {
    return forEveryAuthority(
        year.authorities().keySet(), year, previous, model, polarity, regionOf, code -> null);
  }

  /**
   * The statistics of the authorities named, with a figure this year or not (an authority without
   * one still has England, its region and its neighbours to compare with).
   *
   * @param nameOf an authority's name, for the neighbours' figures; null when not known
   */
  public static Map<String, AuthorityStatistics> forEveryAuthority(
      Collection<String> authorities,
      MeasureYear year,
      MeasureYear previous,
      NeighbourModel model,
      Polarity polarity,
      Function<String, String> regionOf,
      Function<String, String> nameOf) {
    NationalRanks ranking =
        NationalRanks.of(year.authorities(), polarity == null ? Polarity.NONE : polarity);
    FiguresByCode figures = new FiguresByCode(year.authorities());
    Function<String, String> names = FiguresByCode.remembering(nameOf);
    Map<String, AuthorityStatistics> statistics = new HashMap<>(authorities.size() * 2);
    for (String authority : authorities) {
      BigDecimal value = year.of(authority);
      String region = region(regionOf.apply(authority), year);
      statistics.put(
          authority,
          new AuthorityStatistics(
              authority,
              value,
              year.england(),
              region,
              region == null ? null : year.regions().get(region),
              neighbourAverage(authority, figures, model, names),
              ranking.rankOf(authority),
              ranking.outOf(),
              ranking.quartileOf(value),
              ranking.topQuartile(),
              change(value, previous == null ? null : previous.of(authority))));
    }
    return statistics;
  }

  /**
   * The simple mean of the neighbours' figures, leaving out those without one; null when the model
   * does not have the authority.
   */
  public static NeighbourAverage neighbourAverage(
      String authority, MeasureYear year, NeighbourModel model, Function<String, String> nameOf) {
    return neighbourAverage(authority, new FiguresByCode(year.authorities()), model, nameOf);
  }

  private static NeighbourAverage neighbourAverage(
      String authority,
      FiguresByCode figures,
      NeighbourModel model,
      Function<String, String> nameOf) {
    List<Neighbour> neighbours = model == null ? null : model.neighboursOf().get(authority);
    if (neighbours == null) {
      return null;
    }
    int withValue = 0;
    for (Neighbour neighbour : neighbours) {
      if (figures.of(neighbour.code()) != null) {
        withValue++;
      }
    }
    BigDecimal mean =
        withValue == 0
            ? null
            : plain(
                figures
                    .sumOf(neighbours)
                    .divide(BigDecimal.valueOf(withValue), DECIMALS, RoundingMode.HALF_UP));
    return new NeighbourAverage(
        model.name(),
        mean,
        withValue,
        neighbours.size(),
        new NeighbourFigures(neighbours, figures, nameOf));
  }

  /** The figure less the previous one, null when either is missing. */
  public static BigDecimal change(BigDecimal value, BigDecimal previous) {
    return value == null || previous == null ? null : value.subtract(previous);
  }

  /** The region row to compare with: the authority's own, or the whole of a region split in two. */
  private static String region(String region, MeasureYear year) {
    if (region == null || year.regions().containsKey(region)) {
      return region;
    }
    Matcher part = PART_OF_A_REGION.matcher(region);
    if (part.matches() && year.regions().containsKey(part.group(1))) {
      return part.group(1);
    }
    return region;
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
