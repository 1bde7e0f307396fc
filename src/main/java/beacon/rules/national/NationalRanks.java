package beacon.rules.national;

import beacon.rules.rating.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The national ranks and quartile bands of one measure and year, from its authorities' figures
 * sorted once: best first by polarity, ties sharing the best of their ranks (1, 2, 2, 4); none when
 * the measure has no polarity.
 */
record NationalRanks(
    Map<String, Integer> ranks, int outOf, QuartileBands bands, Polarity polarity) {

  static NationalRanks of(Map<String, BigDecimal> figures, Polarity polarity) {
    if (polarity == Polarity.NONE || polarity == Polarity.CLOSE || figures.isEmpty()) {
      return new NationalRanks(Map.of(), figures.size(), null, polarity);
    }
    List<Map.Entry<String, BigDecimal>> best = new ArrayList<>(figures.entrySet());
    Comparator<Map.Entry<String, BigDecimal>> lowestFirst = Map.Entry.comparingByValue();
    best.sort(polarity == Polarity.HIGH ? lowestFirst.reversed() : lowestFirst);
    Map<String, Integer> ranks = new HashMap<>(best.size() * 2);
    BigDecimal[] ascending = new BigDecimal[best.size()];
    int rank = 0;
    BigDecimal before = null;
    for (int i = 0; i < best.size(); i++) {
      BigDecimal value = best.get(i).getValue();
      if (before == null || value.compareTo(before) != 0) {
        rank = i + 1;
        before = value;
      }
      ranks.put(best.get(i).getKey(), rank);
      ascending[polarity == Polarity.HIGH ? best.size() - 1 - i : i] = value;
    }
    return new NationalRanks(ranks, best.size(), QuartileBands.of(ascending), polarity);
  }

  Integer rankOf(String authority) {
    return ranks.get(authority);
  }

  /**
   * Where the best band begins: the upper quartile when high is good, the lower when low is good;
   * null without bands.
   */
  BigDecimal topQuartile() {
    if (bands == null) {
      return null;
    }
    return polarity == Polarity.HIGH ? bands.upper() : bands.lower();
  }

  Quartile quartileOf(BigDecimal value) {
    return value == null || bands == null ? null : bands.of(value, polarity);
  }
}
