package beacon.report;

import beacon.rules.narrative.CountsInWords;
import beacon.rules.rating.Rag;
import beacon.scorecard.PeriodView;
import beacon.scorecard.Scorecard;
import java.util.List;

/**
 * A committee paper: an organisation's indicators for a reporting period, or one portfolio's, in a
 * layout's sections.
 *
 * @param portfolio the portfolio the paper covers; null for all
 */
public record Paper(
    Layout layout,
    Scorecard.OrganisationView organisation,
    PeriodView period,
    String portfolio,
    List<PaperLine> lines) {

  /** The ratings in words: "three red indicators, four amber indicators and six green ...". */
  public String countsInWords() {
    return CountsInWords.ratings(count(Rag.RED), count(Rag.AMBER), count(Rag.GREEN));
  }

  private int count(Rag rag) {
    return (int) lines.stream().filter(line -> line.rag() == rag).count();
  }
}
