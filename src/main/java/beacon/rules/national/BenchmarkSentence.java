package beacon.rules.national;

import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmarking sentence drafted from an authority's national statistics, as councils write it
 * in their papers: "In 2021/22, 75% was below the England (79.2%), South East (78.6%) and
 * statistical neighbour (82.2%) averages, in the fourth quartile nationally (141st of 149)."
 * Figures are compared as printed, at the measure's decimal places: equal is "in line with".
 */
public final class BenchmarkSentence {

  private static final String[] QUARTILE_WORDS = {"first", "second", "third", "fourth"};

  private BenchmarkSentence() {}

  /**
   * @param decimals the places the measure is published to, or null to compare the figures whole
   * @return empty when the authority has no figure, or there is nothing to compare it with
   */
  public static Optional<String> draft(
      AuthorityStatistics statistics, String yearLabel, Integer decimals, Unit unit) {
    if (statistics == null || statistics.value() == null) {
      return Optional.empty();
    }
    BigDecimal value = printed(statistics.value(), decimals);
    Map<String, List<String>> byRelation = new LinkedHashMap<>();
    compare(value, "England", statistics.england(), null, decimals, unit, byRelation);
    if (statistics.region() != null) {
      compare(
          value, statistics.region(), statistics.regionValue(), null, decimals, unit, byRelation);
    }
    NeighbourAverage neighbours = statistics.neighbours();
    if (neighbours != null) {
      compare(
          value,
          "statistical neighbour",
          neighbours.mean(),
          neighbours.isComplete() ? null : neighbours.coverageInWords(),
          decimals,
          unit,
          byRelation);
    }
    if (byRelation.isEmpty()) {
      return Optional.empty();
    }
    List<String> groups = new ArrayList<>();
    byRelation.forEach(
        (relation, names) ->
            groups.add(
                relation
                    + " the "
                    + joined(names)
                    + (names.size() == 1 ? " average" : " averages")));
    StringBuilder sentence =
        new StringBuilder("In ")
            .append(yearLabel)
            .append(", ")
            .append(unit.format(value))
            .append(" was ")
            .append(String.join(", ", groups));
    if (statistics.quartile() != null) {
      sentence
          .append(", in the ")
          .append(QUARTILE_WORDS[statistics.quartile().ordinal()])
          .append(" quartile nationally (")
          .append(statistics.rankInWords())
          .append(")");
    }
    return Optional.of(sentence.append('.').toString());
  }

  private static void compare(
      BigDecimal value,
      String name,
      BigDecimal other,
      String note,
      Integer decimals,
      Unit unit,
      Map<String, List<String>> byRelation) {
    if (other == null) {
      return;
    }
    BigDecimal printed = printed(other, decimals);
    int sign = value.compareTo(printed);
    String relation = sign > 0 ? "above" : sign < 0 ? "below" : "in line with";
    String figure = unit.format(printed) + (note == null ? "" : ", " + note);
    byRelation.computeIfAbsent(relation, r -> new ArrayList<>()).add(name + " (" + figure + ")");
  }

  private static BigDecimal printed(BigDecimal figure, Integer decimals) {
    return decimals == null ? figure : figure.setScale(decimals, RoundingMode.HALF_UP);
  }

  private static String joined(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
