package beacon.commentary.web;

import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.web.PeriodView;
import java.time.Instant;
import java.util.List;

/**
 * What a service lead wrote about an indicator for a reporting period, as the API shows it.
 *
 * @param narrative the narrative, paragraphs separated by blank lines
 * @param benchmarkText the benchmarking sentence as printed, where one was written
 * @param state where it is on its way to a paper: DRAFT, SUBMITTED or APPROVED
 */
record CommentaryResource(
    PeriodView period,
    String narrative,
    List<String> improvementActions,
    String benchmarkText,
    String author,
    CommentaryState state,
    String recordedBy,
    Instant recordedAt) {

  static CommentaryResource of(Commentary commentary) {
    return new CommentaryResource(
        period(commentary.reportingPeriodCode()),
        commentary.narrative(),
        commentary.improvementActions(),
        commentary.benchmarkText(),
        commentary.author(),
        commentary.state(),
        commentary.recordedBy(),
        commentary.recordedAt());
  }

  private static PeriodView period(String code) {
    try {
      return PeriodView.of(Periods.fromCode(code));
    } catch (PeriodFormatException e) {
      return new PeriodView(code, code);
    }
  }
}
