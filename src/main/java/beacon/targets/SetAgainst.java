package beacon.targets;

import beacon.benchmark.Comparator;
import beacon.rules.period.Period;
import beacon.rules.rating.TargetBasis;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a target set against a benchmark is set against: a comparator's figure for a year, plus or
 * minus an offset. Its figure is the indicator's benchmark of that comparator and year.
 *
 * @param offset above the comparator's figure, negative for below; zero for the figure itself
 */
public record SetAgainst(Comparator comparator, Period year, BigDecimal offset) {

  /** The comparators a target may be set against, in the order forms list them. */
  public static final List<Comparator> COMPARATORS =
      List.of(
          Comparator.ENGLAND,
          Comparator.REGION,
          Comparator.STATISTICAL_NEIGHBOURS,
          Comparator.CIPFA_NEIGHBOURS,
          Comparator.TOP_QUARTILE);

  public SetAgainst {
    Objects.requireNonNull(comparator, "a target set against a benchmark needs its comparator");
    Objects.requireNonNull(year, "a target set against a benchmark needs the year of its figure");
    if (!COMPARATORS.contains(comparator)) {
      throw new IllegalArgumentException("A target cannot be set against " + comparator);
    }
    offset = offset == null ? BigDecimal.ZERO : offset.stripTrailingZeros();
  }

  /** "the statistical neighbour average for 2021/22", before the benchmark's own name is read. */
  public String describe(Unit unit) {
    return basis(null).describe(unit);
  }

  /**
   * The basis as a council writes it, the region by its name where the benchmark gives one: "the
   * South East average for 2021/22".
   */
  public TargetBasis basis(String regionName) {
    return new TargetBasis(words(comparator, regionName), year.label(), offset);
  }

  /** "the England average", "the statistical neighbour average". */
  public static String words(Comparator comparator, String regionName) {
    return switch (comparator) {
      case ENGLAND -> "the England average";
      case REGION ->
          regionName == null || regionName.isBlank()
              ? "the regional average"
              : "the " + regionName + " average";
      case STATISTICAL_NEIGHBOURS -> "the statistical neighbour average";
      case CIPFA_NEIGHBOURS -> "the CIPFA nearest neighbour average";
      case TOP_QUARTILE -> "the national top quartile";
      case AUTHORITY, OTHER -> throw new IllegalArgumentException("Not a target's comparator");
    };
  }
}
