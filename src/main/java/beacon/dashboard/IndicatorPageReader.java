package beacon.dashboard;

import beacon.benchmark.Benchmarks;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.database.ChangeCounter;
import beacon.database.KeptUntilChange;
import beacon.indicator.Indicator;
import beacon.indicator.web.OrganisationIndicator;
import beacon.indicator.web.OrganisationIndicators;
import beacon.national.NationalPanels;
import beacon.organisation.Organisation;
import beacon.rules.period.Period;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.scorecard.BenchmarkView;
import beacon.scorecard.CommentaryView;
import beacon.scorecard.LatestBenchmark;
import beacon.scorecard.NoScorecardException;
import beacon.scorecard.RatedPoint;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.targets.IndicatorTarget;
import beacon.targets.Targets;
import beacon.trend.TrendChart;
import beacon.value.IndicatorValues;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the indicator page shows, in a few queries whatever the length of the series, and
 * keeps it until the data changes: the scorecard (kept until the data changes), the series as the
 * scorecard rates it, the targets, the corrections.
 */
@Service
class IndicatorPageReader {

  private final OrganisationIndicators organisationIndicators;
  private final Scorecards scorecards;
  private final IndicatorValues values;
  private final Targets targets;
  private final Benchmarks benchmarks;
  private final Commentaries commentaries;
  private final ChangeCounter changes;
  private final NationalPanels national;
  private final KeptUntilChange<IndicatorPageView> kept = new KeptUntilChange<>();

  IndicatorPageReader(
      OrganisationIndicators organisationIndicators,
      Scorecards scorecards,
      IndicatorValues values,
      Targets targets,
      Benchmarks benchmarks,
      Commentaries commentaries,
      ChangeCounter changes,
      NationalPanels national) {
    this.organisationIndicators = organisationIndicators;
    this.scorecards = scorecards;
    this.values = values;
    this.targets = targets;
    this.benchmarks = benchmarks;
    this.commentaries = commentaries;
    this.changes = changes;
    this.national = national;
  }

  /**
   * @throws NotFoundException when the organisation has no indicator with the code
   */
  @Transactional(readOnly = true)
  IndicatorPageView read(Organisation organisation, String indicatorCode, Period period) {
    return kept.get(
        organisation.code(),
        indicatorCode + " " + period.code(),
        changes.current(),
        () -> readAnew(organisation, indicatorCode, period));
  }

  private IndicatorPageView readAnew(
      Organisation organisation, String indicatorCode, Period period) {
    OrganisationIndicator found = organisationIndicators.find(organisation, indicatorCode);
    String organisationCode = organisation.code();
    Indicator indicator = found.indicator();
    ScorecardLine line = lineFor(organisationCode, indicatorCode, period);
    List<IndicatorTarget> indicatorTargets =
        targets.currentFor(List.of(indicator.id())).getOrDefault(indicator.id(), List.of());
    List<RatedPoint> series = scorecards.seriesOf(indicator, line);
    return new IndicatorPageView(
        organisation,
        indicator,
        period,
        line,
        series,
        TrendChart.of(chartEntries(series), indicator.unit()),
        targetRows(indicatorTargets, indicator.polarity(), indicator.unit()),
        line != null ? line.benchmarks() : LatestBenchmark.perComparator(allBenchmarks(indicator)),
        allBenchmarks(indicator),
        national.of(organisation, indicator, period),
        line != null ? line.commentary() : commentary(indicator, period),
        IndicatorPageCorrections.of(values.correctionsFor(indicator.id()), indicator.unit()));
  }

  private ScorecardLine lineFor(String organisationCode, String indicatorCode, Period period) {
    try {
      return scorecards.forPeriod(organisationCode, period).indicators().stream()
          .filter(line -> line.code().equals(indicatorCode))
          .findFirst()
          .orElse(null);
    } catch (NoScorecardException e) {
      return null;
    }
  }

  /** The values that are numbers, for the chart. */
  private static List<TrendChart.Entry> chartEntries(List<RatedPoint> series) {
    return series.stream()
        .filter(point -> !point.marked())
        .map(
            point ->
                new TrendChart.Entry(
                    point.period().label(), point.number(), point.targetValue(), point.rag()))
        .toList();
  }

  private static List<IndicatorPageView.TargetRow> targetRows(
      List<IndicatorTarget> targets, Polarity polarity, Unit unit) {
    return targets.stream()
        .map(
            t -> {
              Target target = t.target();
              return new IndicatorPageView.TargetRow(
                  t.period().code(),
                  t.period().label(),
                  unit.format(target.value()),
                  target.hasTolerance() ? unit.format(target.tolerance()) : null,
                  target.floor() == null ? null : unit.format(target.floor()),
                  switch (polarity) {
                    case NONE -> null;
                    case CLOSE ->
                        unit.format(target.value().subtract(target.tolerance()))
                            + " to "
                            + unit.format(target.value().add(target.tolerance()));
                    case HIGH, LOW -> unit.format(target.greenThreshold(polarity));
                  });
            })
        .toList();
  }

  /** Without a scorecard line, every benchmark recorded for the indicator. */
  private List<BenchmarkView> allBenchmarks(Indicator indicator) {
    return benchmarks
        .currentFor(List.of(indicator.id()))
        .getOrDefault(indicator.id(), List.of())
        .stream()
        .map(b -> BenchmarkView.of(b, indicator.unit()))
        .toList();
  }

  private CommentaryView commentary(Indicator indicator, Period period) {
    Commentary commentary =
        commentaries.currentFor(List.of(indicator.id()), period.code()).get(indicator.id());
    return commentary == null
        ? null
        : new CommentaryView(
            commentary.paragraphs(),
            commentary.improvementActions(),
            commentary.author(),
            commentary.state());
  }
}
