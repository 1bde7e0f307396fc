package beacon.papers;

import beacon.indicator.Priorities;
import beacon.indicator.Priority;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rules.period.Period;
import beacon.scorecard.Scorecard;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds committee papers from the scorecard, its lines and their rated series, so a paper rates
 * exactly as the pages do, its earlier columns and trends included.
 */
@Service
public class Papers {

  private final Scorecards scorecards;
  private final Organisations organisations;
  private final Priorities priorities;
  private final FrontSheets frontSheets;

  Papers(
      Scorecards scorecards,
      Organisations organisations,
      Priorities priorities,
      FrontSheets frontSheets) {
    this.scorecards = scorecards;
    this.organisations = organisations;
    this.priorities = priorities;
    this.frontSheets = frontSheets;
  }

  /**
   * @param portfolio the portfolio to cover, by name; null or blank for every portfolio
   * @throws NotFoundException when the organisation has no portfolio of that name in the period
   */
  @Transactional(readOnly = true)
  public Paper paper(Layout layout, String organisationCode, Period period, String portfolio) {
    Scorecard scorecard = scorecards.forPeriod(organisationCode, period);
    Optional<Organisation> organisation = organisations.withCode(organisationCode);
    FrontSheets.Kept kept = kept(organisation, layout);
    List<ScorecardLine> lines =
        PaperOrder.sorted(scorecard.indicators(), kept.printing().order(), ScorecardLine::code);
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
    Map<String, PaperHistory.Line> history =
        lines.stream()
            .collect(
                Collectors.toMap(
                    ScorecardLine::code,
                    line ->
                        PaperHistory.of(line.history(), line.frequency(), period, line.unit())));
    return new Paper(
        layout,
        scorecard.organisation(),
        scorecard.period(),
        covered,
        FrontSheet.standard(layout, scorecard.organisation().name(), period.label(), covered)
            .overriddenBy(kept.sheet()),
        PaperHistory.columnHeadings(period),
        PaperSections.of(
                layout,
                lines,
                code -> history.getOrDefault(code, PaperHistory.Line.none(period)),
                scorecard.organisation().ragWords())
            .stream()
            .map(kept.printing()::print)
            .toList(),
        layout == Layout.SCORECARD
            ? kept.printing().headed(priorityDescriptions(organisation))
            : Map.of());
  }

  /** The front sheet and printing the organisation keeps for the layout; empty if it keeps none. */
  private FrontSheets.Kept kept(Optional<Organisation> organisation, Layout layout) {
    return organisation
        .map(held -> frontSheets.of(held.id(), layout))
        .orElseGet(FrontSheets.Kept::none);
  }

  /** What each of the organisation's priorities stands for, by its name, where it says. */
  private Map<String, String> priorityDescriptions(Optional<Organisation> organisation) {
    Map<String, String> descriptions = new HashMap<>();
    organisation.ifPresent(
        held -> {
          for (Priority priority : priorities.of(held.id())) {
            if (priority.description() != null && !priority.description().isBlank()) {
              descriptions.put(priority.name(), priority.description().strip());
            }
          }
        });
    return descriptions;
  }
}
