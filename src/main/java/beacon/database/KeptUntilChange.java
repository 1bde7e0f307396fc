package beacon.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What was built from the database (a scorecard, a list of periods), kept for the change number it
 * was built at. Something built at an older number is never returned: the key holds the number.
 */
public final class KeptUntilChange<T> {

  private static final int MOST_KEPT = 64;

  private final Map<Key, T> kept = new ConcurrentHashMap<>();

  public T get(String organisationCode, String periodCode, long changeNumber, Supplier<T> build) {
    Key key = new Key(organisationCode, periodCode, changeNumber);
    T found = kept.get(key);
    if (found != null) {
      return found;
    }
    T built = build.get();
    kept.keySet().removeIf(other -> other.changeNumber() < changeNumber);
    if (kept.size() >= MOST_KEPT) {
      kept.clear();
    }
    kept.put(key, built);
    return built;
  }

  private record Key(String organisationCode, String periodCode, long changeNumber) {}
}
