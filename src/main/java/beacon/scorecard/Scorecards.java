package beacon.scorecard;

import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.club.ClubMeans;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.database.ChangeCounter;
import beacon.database.KeptUntilChange;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.organisation.UnknownOrganisationException;
import beacon.rating.RagSchemes;
import beacon.rating.RatingJudgement;
import beacon.rating.RatingJudgements;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Period;
import beacon.rules.rating.AgeLimit;
import beacon.rules.rating.RagScheme;
import beacon.rules.rating.SchemeUse;
import beacon.targets.IndicatorTarget;
import beacon.targets.Targets;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.web.PeriodView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an organisation's scorecard for a reporting period from what is recorded. A period that
 * has not ended has none.
 */
@Service
public class Scorecards {

  /**
   * How far back before the cut-off a line shows a value, or compares one with: enough for the
   * year-earlier comparison.
   */
  private static final int MONTHS_OF_HISTORY = 25;

  private final Organisations organisations;
  private final Indicators indicators;
  private final IndicatorValues values;
  private final Targets targets;
  private final RagSchemes schemes;
  private final RatingJudgements judgements;
  private final Benchmarks benchmarks;
  private final Commentaries commentaries;
  private final ChangeCounter changes;
  private final Clock clock;
  private final ClubMeans clubMeans;

  /**
   * How many lines the scorecards kept hold at most, in all: as many as 64 scorecards of 1,000
   * indicators, each line a few kilobytes (its history's points are shared, {@link SharedPoints}).
   */
  private static final int MOST_LINES_KEPT = 64_000;

  private final KeptUntilChange<Scorecard> built =
      new KeptUntilChange<>(Scorecard::total, MOST_LINES_KEPT);
  private final SharedPoints shared = new SharedPoints();

  Scorecards(
      Organisations organisations,
      Indicators indicators,
      IndicatorValues values,
      Targets targets,
      RagSchemes schemes,
      RatingJudgements judgements,
      Benchmarks benchmarks,
      ClubMeans clubMeans,
      Commentaries commentaries,
      ChangeCounter changes,
      Clock clock) {
    this.organisations = organisations;
    this.indicators = indicators;
    this.values = values;
    this.targets = targets;
    this.schemes = schemes;
    this.judgements = judgements;
    this.benchmarks = benchmarks;
    this.clubMeans = clubMeans;
    this.commentaries = commentaries;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * Neither a period with no report nor an unknown organisation rolls back the transaction the
   * scorecard is read in: a caller that catches either goes on reading.
   *
   * @throws UnknownOrganisationException when there is no organisation with the code
   * @throws NoScorecardException when the organisation reports no indicator in that period, or the
   *     period has not ended
   */
  @Transactional(
      readOnly = true,
      noRollbackFor = {NoScorecardException.class, UnknownOrganisationException.class})
  public Scorecard forPeriod(String organisationCode, Period reportingPeriod) {
    refuseUnended(organisationCode, reportingPeriod);
    return built.get(
        organisationCode,
        reportingPeriod.code(),
        changes.current(),
        () -> build(organisationCode, reportingPeriod, Optional.empty()));
  }

  /** A reporting period is one that has ended, whatever is recorded for a later one. */
  private void refuseUnended(String organisationCode, Period reportingPeriod) {
    if (!reportingPeriod.hasEnded(LocalDate.now(clock))) {
      throw NoScorecardException.notEnded(
          organisations
              .withCode(organisationCode)
              .orElseThrow(() -> new UnknownOrganisationException(organisationCode)),
          reportingPeriod);
    }
  }

  /**
   * @param onlyScheme a scheme to rate every indicator by, in place of the schemes in force
   */
  private Scorecard build(
      String organisationCode, Period reportingPeriod, Optional<SchemeUse> onlyScheme) {
    Organisation organisation =
        organisations
            .withCode(organisationCode)
            .orElseThrow(() -> new UnknownOrganisationException(organisationCode));
    List<Indicator> reported =
        indicators.reportedIn(organisation.id(), reportingPeriod.financialYear());
    if (reported.isEmpty()) {
      throw new NoScorecardException(organisation, reportingPeriod);
    }
    List<Long> ids = reported.stream().map(Indicator::id).toList();
    int longestLag = reported.stream().mapToInt(Indicator::lagMonths).max().orElse(0);
    LocalDate shownFrom =
        LatestAvailable.cutOff(reportingPeriod, longestLag).minusMonths(MONTHS_OF_HISTORY);
    LocalDate historyFrom =
        reported.stream()
            .map(indicator -> ScorecardLines.historyFrom(reportingPeriod, indicator.frequency()))
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate until =
        reported.stream()
            .map(indicator -> ScorecardLines.readUntil(reportingPeriod, indicator.lagMonths()))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    List<SchemeUse> schemeUses =
        onlyScheme.isPresent() ? List.of() : schemes.usesBy(organisation.id());
    LocalDate readFrom = shownFrom.isBefore(historyFrom) ? shownFrom : historyFrom;
    if (Stream.concat(schemeUses.stream(), onlyScheme.stream())
        .anyMatch(use -> use.scheme().readsTheYearBefore())) {
      readFrom = readFrom.minusYears(1); // the oldest value of the history is rated as it is
    }
    Map<Long, List<IndicatorValue>> valuesById = values.currentFor(ids, readFrom, until);
    Map<Long, List<IndicatorTarget>> targetsById = targets.currentForRating(ids);
    Map<Long, Map<String, RatingJudgement>> judgementsById = judgements.currentFor(ids);
    Map<Long, List<Benchmark>> benchmarksById = clubMeans.addedTo(benchmarks.currentFor(ids), ids);
    Map<Long, Commentary> commentaryById = commentaries.currentFor(ids, reportingPeriod.code());
    List<ScorecardLine> lines =
        reported.stream()
            .map(
                indicator ->
                    new ScorecardLines.Facts(
                        indicator,
                        valuesById.getOrDefault(indicator.id(), List.of()),
                        targetsById.getOrDefault(indicator.id(), List.of()),
                        onlyScheme.isPresent()
                            ? day -> onlyScheme
                            : day -> SchemeUse.inForce(schemeUses, indicator.code(), day),
                        judgementsById.getOrDefault(indicator.id(), Map.of()),
                        benchmarksById.getOrDefault(indicator.id(), List.of()),
                        commentaryById.get(indicator.id())))
            .map(facts -> ScorecardLines.line(facts, reportingPeriod, shownFrom, shared::share))
            .toList();
    return Scorecard.of(
        new Scorecard.OrganisationView(
            organisation.code(),
            organisation.name(),
            organisation.region(),
            organisation.ragWords()),
        PeriodView.of(reportingPeriod),
        lines);
  }

  /**
   * The scorecard of a reporting period as it would be if one scheme rated every indicator of the
   * organisation: for previewing a scheme before it is saved. Built afresh, never kept.
   *
   * @throws UnknownOrganisationException when there is no organisation with the code
   * @throws NoScorecardException when the organisation reports no indicator in that period, or the
   *     period has not ended
   */
  @Transactional(
      readOnly = true,
      noRollbackFor = {NoScorecardException.class, UnknownOrganisationException.class})
  public Scorecard forPeriodRatedBy(
      String organisationCode,
      Period reportingPeriod,
      String schemeName,
      RagScheme scheme,
      AgeLimit ageLimit) {
    refuseUnended(organisationCode, reportingPeriod);
    return build(
        organisationCode,
        reportingPeriod,
        Optional.of(new SchemeUse(null, reportingPeriod.start(), schemeName, scheme, ageLimit)));
  }

  /**
   * An indicator's whole series, rated as a scorecard line's history is, for the indicator page:
   * the values its line carries (those of the years up to the reporting period) as the line rates
   * them, and every other value as the first report that could show it rated it, which is how any
   * line would rate it.
   *
   * @param line the indicator's line on the scorecard of the reporting period, or null when it has
   *     none there (not reported then, or a period with no scorecard)
   */
  @Transactional(readOnly = true)
  public List<RatedPoint> seriesOf(Indicator indicator, ScorecardLine line) {
    List<Long> id = List.of(indicator.id());
    List<SchemeUse> schemeUses = schemes.usesBy(indicator.organisationId());
    Map<String, RatedPoint> carried = new HashMap<>();
    if (line != null) {
      line.history().forEach(point -> carried.put(point.period().code(), point));
    }
    return new RatedSeries(
            indicator,
            values.seriesFor(indicator.id()),
            targets.currentForRating(id).getOrDefault(indicator.id(), List.of()),
            day -> SchemeUse.inForce(schemeUses, indicator.code(), day),
            judgements.currentFor(id).getOrDefault(indicator.id(), Map.of()))
        .points().stream()
            .map(point -> carried.getOrDefault(point.period().code(), point))
            .toList();
  }
}
