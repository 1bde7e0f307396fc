package beacon.scorecard;

import beacon.indicator.Indicator;
import beacon.rating.RatingJudgement;
import beacon.rules.period.Covering;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Period;
import beacon.rules.rating.Earlier;
import beacon.rules.rating.FinalRating;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.RagRating;
import beacon.rules.rating.Rating;
import beacon.rules.rating.SchemeUse;
import beacon.rules.rating.Target;
import beacon.targets.IndicatorTarget;
import beacon.value.IndicatorValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An indicator's values rated as its reports rated them, each by {@link FinalRating}: against the
 * target covering the value's period ({@link Covering}), under the scheme in force at the end of
 * the report's period ({@link SchemeUse#inForce}), with the judgement given for that report when
 * the report showed this very value ({@link LatestAvailable}). The value a reporting period shows
 * is rated as that period's report; every other value as the first report that could show it.
 */
final class RatedSeries {

  private final Indicator indicator;
  private final List<IndicatorValue> values;
  private final List<IndicatorTarget> targets;
  private final Function<LocalDate, Optional<SchemeUse>> schemeOn;
  private final Map<String, RatingJudgement> judgements;
  private final Map<LocalDate, Optional<SchemeUse>> schemes = new HashMap<>();
  private final Map<FinancialQuarter, Optional<IndicatorValue>> shown = new HashMap<>();
  private Map<String, IndicatorValue> byCode;

  /**
   * @param values the indicator's current values to rate, oldest first: with every value that ends
   *     by the cut-off of the first report of each, so that it is known which one that report
   *     showed
   * @param schemeOn the scheme in force on a day
   * @param judgements the judgements given, by the code of their reporting period
   */
  RatedSeries(
      Indicator indicator,
      List<IndicatorValue> values,
      List<IndicatorTarget> targets,
      Function<LocalDate, Optional<SchemeUse>> schemeOn,
      Map<String, RatingJudgement> judgements) {
    this.indicator = indicator;
    this.values = values;
    this.targets = targets;
    this.schemeOn = schemeOn;
    this.judgements = judgements;
  }

  /** The target covering the value's period. */
  Optional<IndicatorTarget> target(IndicatorValue value) {
    return Covering.narrowest(targets, IndicatorTarget::period, value.period());
  }

  /** The scheme in force for the report of a period: at the period's end. */
  Optional<SchemeUse> scheme(Period reportingPeriod) {
    return schemes.computeIfAbsent(reportingPeriod.end(), schemeOn);
  }

  /**
   * The rating the report for a period gives the value it shows.
   *
   * @param value the value the report shows, or null when it shows none
   */
  FinalRating asReportedIn(Period reportingPeriod, IndicatorValue value) {
    return rate(
        value,
        value == null ? null : coveringTarget(value),
        reportingPeriod,
        judgements.get(reportingPeriod.code()));
  }

  /** Every value rated as the first report that could show it rated it, oldest first. */
  List<RatedPoint> points() {
    return points(null, null);
  }

  /**
   * Every value rated, oldest first: {@code reported} with the rating its report gave it, every
   * other as the first report that could show it rated it.
   */
  List<RatedPoint> points(IndicatorValue reported, FinalRating rating) {
    List<RatedPoint> points = new ArrayList<>(values.size());
    for (IndicatorValue value : values) {
      Target target = coveringTarget(value);
      points.add(
          point(
              value,
              target,
              rating != null && value.equals(reported) ? rating : asFirstReported(value, target)));
    }
    return List.copyOf(points);
  }

  /**
   * As the report of the first quarter whose cut-off the value's period has ended by; with that
   * report's judgement only if it showed this value rather than a later one.
   */
  private FinalRating asFirstReported(IndicatorValue value, Target target) {
    FinancialQuarter quarter =
        LatestAvailable.firstReportingQuarter(value.period(), indicator.lagMonths());
    Optional<IndicatorValue> shownThen =
        shown.computeIfAbsent(
            quarter,
            first ->
                LatestAvailable.of(values, IndicatorValue::period, first, indicator.lagMonths()));
    return rate(
        value,
        target,
        quarter,
        shownThen.filter(value::equals).isPresent() ? judgements.get(quarter.code()) : null);
  }

  private Target coveringTarget(IndicatorValue value) {
    return target(value).map(IndicatorTarget::target).orElse(null);
  }

  private FinalRating rate(
      IndicatorValue value, Target target, Period report, RatingJudgement judgement) {
    Optional<SchemeUse> use = scheme(report);
    Optional<String> tooOld =
        value == null || value.figure() == null || !value.figure().isNumber()
            ? Optional.empty()
            : use.map(SchemeUse::ageLimit)
                .flatMap(limit -> limit.tooOld(value.period(), report, indicator.lagMonths()));
    Optional<String> notRated = tooOld.or(() -> targetNotYetKnown(value));
    return FinalRating.of(
        notRated.isPresent()
            ? Rating.notRated(notRated.get())
            : RagRating.rate(
                value == null ? null : value.figure(),
                indicator.polarity(),
                indicator.unit(),
                target,
                use.map(SchemeUse::scheme).orElse(null),
                value == null ? null : sameLastYear(value)),
        judgement == null ? null : judgement.judgement());
  }

  /**
   * Why a value that could be rated is not: its target is set against a benchmark Beacon does not
   * hold yet ("the target for 2024/25 is the England average for 2024/25, which is not yet in
   * Beacon"); empty otherwise.
   */
  private Optional<String> targetNotYetKnown(IndicatorValue value) {
    if (value == null
        || value.figure() == null
        || !value.figure().isNumber()
        || indicator.polarity() == Polarity.NONE) {
      return Optional.empty();
    }
    return target(value)
        .filter(covering -> !covering.isKnown())
        .map(
            covering ->
                "the target for "
                    + covering.period().label()
                    + " is "
                    + covering.aim().setAgainst().describe(indicator.unit())
                    + ", which is not yet in Beacon");
  }

  /** The value of the same period a year before, if one is recorded. */
  private Earlier sameLastYear(IndicatorValue value) {
    if (byCode == null) {
      byCode = new HashMap<>();
      for (IndicatorValue each : values) {
        byCode.put(each.period().code(), each);
      }
    }
    IndicatorValue before = byCode.get(value.period().yearEarlier().code());
    return before == null ? null : new Earlier(before.period(), before.figure());
  }

  private RatedPoint point(IndicatorValue value, Target target, FinalRating rating) {
    return new RatedPoint(
        value.period(),
        value.figure(),
        value.numerator(),
        value.denominator(),
        value.provisional(),
        value.note(),
        indicator.unit(),
        target,
        rating.rag(),
        rating.basis());
  }
}
