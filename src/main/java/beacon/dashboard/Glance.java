package beacon.dashboard;

import beacon.organisation.Organisation;
import beacon.rules.rating.Rag;
import beacon.scorecard.ScorecardLine;
import beacon.trend.SmallChart;
import beacon.web.Pagination;
import beacon.web.PeriodView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's small charts, a page at a time in the scorecard's order, with the links to the
 * other pages for the same reporting period.
 *
 * @param links the dashboard at each page number offered
 */
record Glance(Pagination<GlanceCard> cards, Map<Integer, String> links) {

  /** How many small charts a page of the dashboard shows. */
  static final int PER_PAGE = 12;

  static Glance of(
      List<ScorecardLine> lines, int page, Organisation organisation, PeriodView period) {
    Pagination<GlanceCard> cards = Pagination.of(lines, page, PER_PAGE).map(GlanceCard::of);
    Map<Integer, String> links = new LinkedHashMap<>();
    for (int number : cards.numbers()) {
      if (number > 0) {
        links.put(
            number,
            UriComponentsBuilder.fromPath("/organisations/{org}")
                .queryParam("period", period.code())
                .queryParam("glance", number)
                .fragment("at-a-glance")
                .buildAndExpand(organisation.code())
                .encode()
                .toUriString());
      }
    }
    return new Glance(cards, links);
  }

  /** How many of an indicator's latest values a chart draws, at most. */
  public int mostPoints() {
    return SmallChart.MOST_POINTS;
  }

  /** The marker of a rating (named as in {@link Rag}) for the 14 by 14 key. */
  public String keyMarker(String rag) {
    return SmallChart.keyMarker(Rag.valueOf(rag));
  }
}
