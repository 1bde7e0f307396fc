package beacon.papers;

import beacon.rules.period.Period;
import beacon.scorecard.Scorecard;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.web.NotFoundException;
import java.util.List;
import java.util.Map;
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

  Papers(Scorecards scorecards) {
    this.scorecards = scorecards;
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
        FrontSheet.standard(scorecard.organisation().name(), period.label(), covered),
        PaperHistory.columnHeadings(period),
        PaperSections.of(
            layout,
            lines,
            code -> history.getOrDefault(code, PaperHistory.Line.none(period)),
            scorecard.organisation().ragWords()));
  }
}
