package beacon.scorecard;

import beacon.benchmark.Benchmark;
import beacon.commentary.Commentary;
import beacon.indicator.Indicator;
import beacon.rating.RatingJudgement;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.rules.period.Periods;
import beacon.rules.rating.FinalRating;
import beacon.rules.rating.SchemeUse;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.rules.travel.DirectionOfTravel;
import beacon.rules.travel.Travel;
import beacon.targets.IndicatorTarget;
import beacon.value.IndicatorValue;
import beacon.web.PeriodView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Puts together one indicator's scorecard line from what is recorded for it. */
final class ScorecardLines {

  private ScorecardLines() {}

  /**
   * The first day a value's period may end on to be in a line's history: the start of the first of
   * its quarters, or for an indicator reported yearly, the day its years of history go back to.
   */
  static LocalDate historyFrom(Period reportingPeriod, PeriodType frequency) {
    if (frequency.isYear()) {
      return reportingPeriod.end().minusYears(ScorecardLine.YEARS_OF_HISTORY);
    }
    FinancialQuarter first = FinancialQuarter.containing(reportingPeriod.end());
    for (int i = 1; i < ScorecardLine.QUARTERS_OF_HISTORY; i++) {
      first = first.previous();
    }
    return first.start();
  }

  /**
   * The last day a value's period may end on for a line to be built from it: the cut-off of the
   * first report that could show a value ending with the reporting period. Whether that report
   * showed one of the history's last values, or a later one, decides how it is rated; for data that
   * runs behind by whole quarters, or not at all, that is the end of the reporting period itself.
   */
  static LocalDate readUntil(Period reportingPeriod, int lagMonths) {
    return LatestAvailable.cutOff(
        LatestAvailable.firstReportingQuarter(reportingPeriod, lagMonths), lagMonths);
  }

  /**
   * What is recorded for one indicator, as the scorecard needs it.
   *
   * @param values the indicator's current values whose periods end from the earliest the line shows
   *     or its history starts until {@link #readUntil}, oldest first
   * @param schemeOn the scheme in force on a day
   * @param judgements the judgements given, by the code of their reporting period
   */
  record Facts(
      Indicator indicator,
      List<IndicatorValue> values,
      List<IndicatorTarget> targets,
      Function<LocalDate, Optional<SchemeUse>> schemeOn,
      Map<String, RatingJudgement> judgements,
      List<Benchmark> benchmarks,
      Commentary commentary) {}

  /**
   * @param shownFrom the earliest day a value's period may end on for the line to show it, or to
   *     compare it with
   */
  static ScorecardLine line(Facts facts, Period reportingPeriod, LocalDate shownFrom) {
    return line(facts, reportingPeriod, shownFrom, UnaryOperator.identity());
  }

  /**
   * @param keep what the line keeps of its history's points: the points themselves, or equal ones
   *     held already ({@link SharedPoints})
   */
  static ScorecardLine line(
      Facts facts,
      Period reportingPeriod,
      LocalDate shownFrom,
      UnaryOperator<List<RatedPoint>> keep) {
    Indicator indicator = facts.indicator();
    Unit unit = indicator.unit();
    RatedSeries series =
        new RatedSeries(
            indicator, facts.values(), facts.targets(), facts.schemeOn(), facts.judgements());
    Facts shown =
        new Facts(
            indicator,
            facts.values().stream().filter(v -> !v.period().end().isBefore(shownFrom)).toList(),
            facts.targets(),
            facts.schemeOn(),
            facts.judgements(),
            facts.benchmarks(),
            facts.commentary());
    Optional<IndicatorValue> value =
        LatestAvailable.of(
            shown.values(), IndicatorValue::period, reportingPeriod, indicator.lagMonths());
    Optional<IndicatorTarget> target =
        value.flatMap(series::target).filter(IndicatorTarget::isKnown);
    FinalRating rating = series.asReportedIn(reportingPeriod, value.orElse(null));
    Commentary commentary = facts.commentary();
    return new ScorecardLine(
        once(indicator.code()),
        once(indicator.title()),
        once(indicator.definition()),
        indicator.polarity(),
        indicator.polarity().aimTo(),
        unit,
        indicator.decimalPlaces(),
        indicator.frequency(),
        once(indicator.dataPeriod()),
        indicator.lagMonths(),
        indicator.status(),
        once(indicator.portfolio()),
        once(indicator.cabinetMember()),
        once(indicator.priority()),
        once(indicator.theme()),
        value.map(v -> valueView(v, unit, reportingPeriod)).orElse(null),
        target.map(t -> targetView(t, unit)).orElse(null),
        target.map(t -> t.target().greenThreshold(indicator.polarity())).orElse(null),
        series
            .scheme(reportingPeriod)
            .map(SchemeUse::schemeName)
            .map(ScorecardLines::once)
            .orElse(null),
        rating.rag(),
        rating.basis(),
        rating.computed().rag(),
        rating.reason(),
        value.map(v -> sincePrevious(v, shown, unit)).orElse(null),
        value.map(v -> sinceYearEarlier(v, shown, unit)).orElse(null),
        benchmarksFor(facts.benchmarks(), reportingPeriod, unit),
        topQuartileFor(facts.benchmarks(), reportingPeriod, unit),
        commentary == null ? null : commentary.benchmarkText(),
        commentary == null
            ? null
            : new CommentaryView(
                commentary.paragraphs(),
                commentary.improvementActions(),
                commentary.author(),
                commentary.state()),
        keep.apply(
            history(
                series.points(value.orElse(null), rating),
                reportingPeriod,
                indicator.frequency())));
  }

  /**
   * The one copy of a text that the lines of every kept scorecard share (the indicator's title,
   * definition, portfolio...), rather than one copy for each period's scorecard; the JVM's table of
   * such texts lets each go once nothing holds it.
   */
  private static String once(String text) {
    return text == null ? null : text.intern();
  }

  /** The points a line's history holds: from its first quarter (or year) to the period's end. */
  private static List<RatedPoint> history(
      List<RatedPoint> points, Period reportingPeriod, PeriodType frequency) {
    LocalDate from = historyFrom(reportingPeriod, frequency);
    return points.stream()
        .filter(point -> !point.period().end().isBefore(from))
        .filter(point -> !point.period().end().isAfter(reportingPeriod.end()))
        .toList();
  }

  private static ValueView valueView(IndicatorValue value, Unit unit, Period reportingPeriod) {
    return new ValueView(
        value.figure().number(),
        value.figure().display(unit),
        value.numerator(),
        value.denominator(),
        value.figure().marker(),
        value.provisional(),
        PeriodView.of(value.period()),
        LatestAvailable.isBehind(value.period(), reportingPeriod),
        value.note());
  }

  private static TargetView targetView(IndicatorTarget target, Unit unit) {
    Target t = target.target();
    return new TargetView(
        t.value(), t.tolerance(), t.floor(), t.display(unit), PeriodView.of(target.period()));
  }

  /** Against the latest value recorded for a period ending before this value's period began. */
  private static TravelView sincePrevious(IndicatorValue current, Facts facts, Unit unit) {
    Optional<IndicatorValue> previous =
        facts.values().stream()
            .filter(v -> v.period().end().isBefore(current.period().start()))
            .filter(v -> v.figure().isNumber())
            .max(Comparator.comparing(v -> v.period().end()));
    return travel(current, previous, facts, unit);
  }

  /** Against the value for the same period a year earlier. */
  private static TravelView sinceYearEarlier(IndicatorValue current, Facts facts, Unit unit) {
    Period yearEarlier = current.period().yearEarlier();
    Optional<IndicatorValue> earlier =
        facts.values().stream()
            .filter(v -> v.period().equals(yearEarlier))
            .filter(v -> v.figure().isNumber())
            .findFirst();
    return travel(current, earlier, facts, unit);
  }

  private static TravelView travel(
      IndicatorValue current, Optional<IndicatorValue> earlier, Facts facts, Unit unit) {
    Travel travel =
        DirectionOfTravel.compare(
            current.figure().number(),
            earlier.map(v -> v.figure().number()).orElse(null),
            earlier.map(IndicatorValue::period).orElse(null),
            facts.indicator().polarity(),
            unit);
    return TravelView.of(travel);
  }

  /**
   * The benchmarks given for this reporting period, or where none were, those given for the latest
   * earlier one; then, for each comparator not given so, the newest figure from national data or an
   * import (given for no report) known by the reporting period's end: published by then, or where
   * the day it was published is not known, whose period had ended. A paper for the fourth quarter
   * of 2018/19 so prints 2017/18's England figure, as 2018/19's came out in the autumn.
   */
  /** The newest national top quartile known by the reporting period's end, or null. */
  static BenchmarkView topQuartileFor(
      List<Benchmark> benchmarks, Period reportingPeriod, Unit unit) {
    return LatestBenchmark.newest(
            benchmarks.stream()
                .filter(b -> b.comparator() == beacon.benchmark.Comparator.TOP_QUARTILE)
                .filter(b -> b.reportingPeriodCode() == null && b.knownBy(reportingPeriod.end()))
                .map(b -> BenchmarkView.of(b, unit))
                .toList())
        .orElse(null);
  }

  static List<BenchmarkView> benchmarksFor(
      List<Benchmark> benchmarks, Period reportingPeriod, Unit unit) {
    Optional<Period> givenFor =
        benchmarks.stream()
            .map(Benchmark::reportingPeriodCode)
            .filter(Objects::nonNull)
            .distinct()
            .map(Periods::fromCode)
            .filter(p -> !p.end().isAfter(reportingPeriod.end()))
            .max(Period.CHRONOLOGICAL);
    List<BenchmarkView> given =
        benchmarks.stream()
            .filter(
                b ->
                    b.reportingPeriodCode() != null
                        && givenFor.isPresent()
                        && b.reportingPeriodCode().equals(givenFor.get().code()))
            .map(b -> BenchmarkView.of(b, unit))
            .toList();
    List<BenchmarkView> published =
        LatestBenchmark.perComparator(
            benchmarks.stream()
                .filter(b -> b.reportingPeriodCode() == null && b.knownBy(reportingPeriod.end()))
                .filter(b -> b.comparator().comparedWith())
                .map(b -> BenchmarkView.of(b, unit))
                .toList());
    List<BenchmarkView> shown = new ArrayList<>(given);
    for (BenchmarkView figure : published) {
      if (given.stream().noneMatch(g -> g.comparator() == figure.comparator())) {
        shown.add(figure);
      }
    }
    return List.copyOf(shown);
  }
}
