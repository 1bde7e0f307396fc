package beacon.rules.rating;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a target set against a benchmark is: a comparator's figure for a year, plus or minus an
 * offset ("the statistical neighbour average for 2021/22", "the England average for 2022/23 plus 2
 * percentage points").
 *
 * @param comparator the comparator as a council writes it: "the statistical neighbour average"
 * @param yearLabel the year of the comparator's figure, as written: "2021/22"
 * @param offset how far above the comparator's figure the target is, negative for below; zero for
 *     the figure itself
 */
public record TargetBasis(String comparator, String yearLabel, BigDecimal offset) {

  public TargetBasis {
    Objects.requireNonNull(comparator, "a target basis needs its comparator");
    Objects.requireNonNull(yearLabel, "a target basis needs the year of its figure");
    offset = offset == null ? BigDecimal.ZERO : offset;
  }

  /** The target this basis gives from the comparator's figure: the figure plus the offset. */
  public BigDecimal targetFrom(BigDecimal comparatorsFigure) {
    return comparatorsFigure.add(offset);
  }

  /** "the statistical neighbour average for 2021/22", "... less 1.5 percentage points". */
  public String describe(Unit unit) {
    String basis = comparator + " for " + yearLabel;
    if (offset.signum() == 0) {
      return basis;
    }
    String points = unit.points();
    if (offset.abs().compareTo(BigDecimal.ONE) == 0) {
      points = points.substring(0, points.length() - 1); // one percentage point, one day
    }
    return basis
        + (offset.signum() > 0 ? " plus " : " less ")
        + Unit.plain(offset.abs())
        + " "
        + points;
  }
}
