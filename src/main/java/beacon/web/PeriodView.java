package beacon.web;

import beacon.rules.period.Period;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A period as the API shows it: its code and its label. */
public record PeriodView(String code, String label) {

  /**
   * How many periods' views are made once and shared: far more than any council reports on, and few
   * enough that addresses naming made-up periods cannot fill the heap.
   */
  private static final int MOST_SHARED = 10_000;

  /**
   * The views made already: a kept scorecard shows a handful of periods on each of its lines, the
   * same on every line, so each line holds the one view of its period rather than a copy.
   */
  private static final Map<Period, PeriodView> SHARED = new ConcurrentHashMap<>();

  public static PeriodView of(Period period) {
    if (period == null) {
      return null;
    }
    PeriodView shared = SHARED.get(period);
    if (shared != null) {
      return shared;
    }
    PeriodView view = new PeriodView(period.code(), period.label());
    if (SHARED.size() < MOST_SHARED) {
      SHARED.putIfAbsent(period, view);
    }
    return view;
  }
}
