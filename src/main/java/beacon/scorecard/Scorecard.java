package beacon.scorecard;

import beacon.rules.rating.Rag;
import beacon.rules.rating.RagWords;
import beacon.web.PeriodView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's indicators for a reporting period, each with its value, target, rating and
 * reason, direction of travel, benchmarks and commentary; the one read model that pages, the API
 * and papers share, so that a rating is computed in one place only.
 */
public record Scorecard(
    OrganisationView organisation,
    PeriodView period,
    Map<Rag, Integer> counts,
    int total,
    List<ScorecardLine> indicators) {

  public static Scorecard of(
      OrganisationView organisation, PeriodView period, List<ScorecardLine> lines) {
    Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
    for (Rag rag : Rag.values()) {
      counts.put(rag, 0);
    }
    lines.forEach(line -> counts.merge(line.rag(), 1, Integer::sum));
    return new Scorecard(organisation, period, counts, lines.size(), List.copyOf(lines));
  }

  /**
   * An organisation as the scorecard names it, with the words it prints for ratings.
   *
   * @param ragWords the standard words where none are given (a paper published before a council
   *     could name its own)
   */
  public record OrganisationView(String code, String name, String region, RagWords ragWords) {

    public OrganisationView {
      ragWords = ragWords == null ? RagWords.STANDARD : ragWords;
    }

    public OrganisationView(String code, String name, String region) {
      this(code, name, region, RagWords.STANDARD);
    }
  }
}
