package beacon.scorecard;

import beacon.rules.rating.Rag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the ratings moved between an earlier reporting period and this one, for the indicators on
 * both scorecards: worse (Green to Amber or Red, Amber to Red), better, newly rated (not rated
 * before, rated now) and no longer rated. An indicator on one scorecard only is left out.
 */
public record RatingChanges(
    List<Change> worsened,
    List<Change> improved,
    List<Change> newlyRated,
    List<Change> noLongerRated) {

  /** One indicator's rating then and now. */
  public record Change(String code, String title, Rag was, Rag now) {}

  public static RatingChanges between(List<ScorecardLine> earlier, List<ScorecardLine> now) {
    Map<String, Rag> before = new HashMap<>();
    earlier.forEach(line -> before.put(line.code(), line.rag()));
    List<Change> worsened = new ArrayList<>();
    List<Change> improved = new ArrayList<>();
    List<Change> newlyRated = new ArrayList<>();
    List<Change> noLongerRated = new ArrayList<>();
    for (ScorecardLine line : now) {
      Rag was = before.get(line.code());
      Rag rag = line.rag();
      if (was == null || was == rag) {
        continue;
      }
      Change change = new Change(line.code(), line.title(), was, rag);
      if (was == Rag.NOT_RATED) {
        newlyRated.add(change);
      } else if (rag == Rag.NOT_RATED) {
        noLongerRated.add(change);
      } else if (rag.isBetterThan(was)) {
        improved.add(change);
      } else {
        worsened.add(change);
      }
    }
    return new RatingChanges(
        List.copyOf(worsened),
        List.copyOf(improved),
        List.copyOf(newlyRated),
        List.copyOf(noLongerRated));
  }

  public boolean isEmpty() {
    return worsened.isEmpty()
        && improved.isEmpty()
        && newlyRated.isEmpty()
        && noLongerRated.isEmpty();
  }
}
