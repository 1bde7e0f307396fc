package beacon.club.web;

import beacon.club.ClubComparisons;
import beacon.club.ClubComparisons.ClubComparison;
import beacon.club.Clubs;
import beacon.indicator.Indicator;
import beacon.organisation.Organisation;
import beacon.rules.period.Periods;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The indicator page's benchmarking clubs: the indicator compared in each club it is shared with,
 * for the period of the value its page shows, and the organisation's clubs it could be shared with.
 */
@Component
public class ClubSection {

  /**
   * What the section shows.
   *
   * @param clubs the organisation's clubs, to share the indicator with
   */
  public record Shown(
      List<ClubComparison> compared, List<Clubs.Club> clubs, String periodLabel, int decimals) {

    /** The club's mean to the indicator's decimal places, or null when no member has a figure. */
    public BigDecimal meanOf(ClubComparison comparison) {
      BigDecimal mean = comparison.standing().mean();
      return mean == null ? null : mean.setScale(decimals, RoundingMode.HALF_UP);
    }
  }

  private final Clubs clubs;
  private final ClubComparisons comparisons;

  ClubSection(Clubs clubs, ClubComparisons comparisons) {
    this.clubs = clubs;
    this.comparisons = comparisons;
  }

  /** The section for the indicator, compared for the period with the code given. */
  public Shown of(Organisation organisation, Indicator indicator, String periodCode) {
    List<Clubs.Club> memberOf = clubs.of(organisation.id());
    return new Shown(
        memberOf.isEmpty()
            ? List.of()
            : comparisons.of(indicator.id(), organisation.code(), indicator.polarity(), periodCode),
        memberOf,
        Periods.fromCode(periodCode).label(),
        indicator.decimalPlaces());
  }
}
