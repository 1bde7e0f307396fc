package beacon.papers;

import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rating.RagSchemes;
import beacon.rules.period.Period;
import beacon.rules.rating.SchemeUse;
import beacon.scorecard.Scorecard;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.targets.IndicatorTarget;
import beacon.targets.Targets;
import beacon.trend.RatedValues;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds committee papers from the scorecard, so a paper rates exactly as the pages do. */
@Service
public class Papers {

  /** How far back a paper looks for the values of its columns and trends. */
  private static final int YEARS_OF_HISTORY = 5;

  private final Scorecards scorecards;
  private final Organisations organisations;
  private final Indicators indicators;
  private final IndicatorValues values;
  private final Targets targets;
  private final RagSchemes schemes;

  Papers(
      Scorecards scorecards,
      Organisations organisations,
      Indicators indicators,
      IndicatorValues values,
      Targets targets,
      RagSchemes schemes) {
    this.scorecards = scorecards;
    this.organisations = organisations;
    this.indicators = indicators;
    this.values = values;
    this.targets = targets;
    this.schemes = schemes;
  }

  /**
   * @param portfolio the portfolio to cover, by name; null or blank for every portfolio
   * @throws NotFoundException when the organisation has no portfolio of that name in the period
   */
  @Transactional(readOnly = true)
  public Paper paper(Layout layout, String organisationCode, Period period, String portfolio) {
    Scorecard scorecard = scorecards.forPeriod(organisationCode, period);
    List<ScorecardLine> lines = scorecard.indicators();
    String covered = portfolio == null || portfolio.isBlank() ? null : portfolio.strip();
    if (covered != null) {
      lines = lines.stream().filter(line -> covered.equals(line.portfolio())).toList();
      if (lines.isEmpty()) {
        throw new NotFoundException(
            scorecard.organisation().name()
                + " reports no indicator of a portfolio '"
                + covered
                + "' in "
                + period.label());
      }
    }
    Map<String, PaperHistory.Line> history = history(organisationCode, period, lines);
    return new Paper(
        layout,
        scorecard.organisation(),
        scorecard.period(),
        covered,
        FrontSheet.standard(scorecard.organisation().name(), period.label(), covered),
        PaperHistory.columnHeadings(period),
        PaperSections.of(
            layout, lines, code -> history.getOrDefault(code, PaperHistory.Line.none(period))));
  }

  /** Each line's earlier values, rated as the indicator page rates them, by indicator code. */
  private Map<String, PaperHistory.Line> history(
      String organisationCode, Period period, List<ScorecardLine> lines) {
    Organisation organisation = organisations.withCode(organisationCode).orElseThrow();
    Set<String> codes = lines.stream().map(ScorecardLine::code).collect(Collectors.toSet());
    List<Indicator> covered =
        indicators.reportedIn(organisation.id(), period.financialYear()).stream()
            .filter(indicator -> codes.contains(indicator.code()))
            .toList();
    List<Long> ids = covered.stream().map(Indicator::id).toList();
    Map<Long, List<IndicatorValue>> valuesById =
        values.currentFor(ids, period.end().minusYears(YEARS_OF_HISTORY), period.end());
    Map<Long, List<IndicatorTarget>> targetsById = targets.currentFor(ids);
    List<SchemeUse> schemeUses = schemes.usesBy(organisation.id());
    Map<String, PaperHistory.Line> history = new HashMap<>();
    for (Indicator indicator : covered) {
      List<RatedValues.Row> rows =
          RatedValues.rate(
              indicator.code(),
              indicator.polarity(),
              indicator.unit(),
              valuesById.getOrDefault(indicator.id(), List.of()),
              targetsById.getOrDefault(indicator.id(), List.of()),
              schemeUses);
      history.put(
          indicator.code(), PaperHistory.of(rows, indicator.frequency(), period, indicator.unit()));
    }
    return history;
  }
}
