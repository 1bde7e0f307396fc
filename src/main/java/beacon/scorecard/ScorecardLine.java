package beacon.scorecard;

import beacon.indicator.IndicatorStatus;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.Unit;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator on a scorecard: the value available for the reporting period, its target, the
 * rating and its reason, directions of travel, benchmarks and commentary.
 *
 * @param ratingBasis whether the rating was computed, assessed by a person, or overridden
 * @param computedRag the rating Beacon computes, shown beside an assessed or overridden one
 * @param sincePreviousValue against the value recorded before this one
 * @param sinceYearEarlier against the value for the same period a year earlier
 * @param topQuartile where the national top quartile begins, the newest figure known by the
 *     reporting period's end; null when none is held
 * @param history the indicator's values of the {@link #QUARTERS_OF_HISTORY} quarters up to the
 *     reporting period (of the {@link #YEARS_OF_HISTORY} years, for an indicator reported yearly),
 *     oldest first, each rated as its report rated it (the value above as this line rates it): for
 *     the papers' earlier columns and trends, and the indicator page's chart; not part of the
 *     scorecard's JSON, which gives the values at their own address
 */
public record ScorecardLine(
    String code,
    String title,
    String definition,
    Polarity polarity,
    String aimTo,
    Unit unit,
    int decimalPlaces,
    PeriodType frequency,
    String dataPeriod,
    int lagMonths,
    IndicatorStatus status,
    String portfolio,
    String cabinetMember,
    String priority,
    String theme,
    ValueView value,
    TargetView target,
    BigDecimal greenThreshold,
    String ragScheme,
    Rag rag,
    RatingBasis ratingBasis,
    Rag computedRag,
    String reason,
    TravelView sincePreviousValue,
    TravelView sinceYearEarlier,
    List<BenchmarkView> benchmarks,
    BenchmarkView topQuartile,
    String benchmarkText,
    CommentaryView commentary,
    @JsonIgnore List<RatedPoint> history) {

  /** How many quarters a line's history goes back, the reporting quarter's own included. */
  public static final int QUARTERS_OF_HISTORY = 12;

  /** How many years a line's history goes back for an indicator reported yearly. */
  public static final int YEARS_OF_HISTORY = 5;
}
