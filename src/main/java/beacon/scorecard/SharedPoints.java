package beacon.scorecard;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The rated points of the lines' histories, each held once. A line's history does not depend on
 * which period's scorecard the line is on (but for the value that period shows, which that period's
 * report rates), so the scorecards of many periods, kept at once, hold the same points: rather than
 * each scorecard holding copies of them, a point equal to one held already is that one. A point is
 * let go once no scorecard holds it.
 */
final class SharedPoints {

  private final Map<RatedPoint, WeakReference<RatedPoint>> held = new WeakHashMap<>();

  /** The points, each replaced by the equal point held already, if there is one. */
  synchronized List<RatedPoint> share(List<RatedPoint> points) {
    List<RatedPoint> shared = new ArrayList<>(points.size());
    for (RatedPoint point : points) {
      WeakReference<RatedPoint> reference = held.get(point);
      RatedPoint found = reference == null ? null : reference.get();
      if (found == null) {
        held.put(point, new WeakReference<>(point));
        found = point;
      }
      shared.add(found);
    }
    return List.copyOf(shared);
  }
}
