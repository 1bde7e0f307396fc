package beacon.database;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * What was built from the database (a scorecard, a list of periods), kept for the change number it
 * was built at. Something built at an older number is never returned: the key holds the number.
 *
 * <p>What is kept is bounded by its weight: by default each thing built weighs one and at most 64
 * are kept; a cache of things of very different sizes (the scorecard of a council with 13
 * indicators, or with 1,000) weighs each by its size, so that the heap it holds is bounded whatever
 * the councils' catalogues. Once the weight would pass its bound, the things kept longest go first.
 */
public final class KeptUntilChange<T> {

  private static final int MOST_KEPT = 64;

  private final ToIntFunction<T> weight;
  private final long mostWeight;
  private final Map<Key, Kept<T>> kept = new LinkedHashMap<>();
  private long weightKept;

  /** Keeps at most 64 things. */
  public KeptUntilChange() {
    this(built -> 1, MOST_KEPT);
  }

  /**
   * @param weight the weight of something built, in a unit of the caller's: lines, say
   * @param mostWeight the most weight kept at once, in the same unit; something heavier still is
   *     built and returned, and not kept
   */
  public KeptUntilChange(ToIntFunction<T> weight, long mostWeight) {
    this.weight = weight;
    this.mostWeight = mostWeight;
  }

  public T get(String organisationCode, String periodCode, long changeNumber, Supplier<T> build) {
    Key key = new Key(organisationCode, periodCode, changeNumber);
    synchronized (this) {
      Kept<T> found = kept.get(key);
      if (found != null) {
        return found.built();
      }
    }
    T built = build.get();
    keep(key, new Kept<>(built, Math.max(1, weight.applyAsInt(built))));
    return built;
  }

  /** How much is kept, in the unit of the weight: for tests. */
  synchronized long weightKept() {
    return weightKept;
  }

  private synchronized void keep(Key key, Kept<T> built) {
    Iterator<Map.Entry<Key, Kept<T>>> older = kept.entrySet().iterator();
    while (older.hasNext()) {
      Map.Entry<Key, Kept<T>> entry = older.next();
      if (entry.getKey().changeNumber() < key.changeNumber() || entry.getKey().equals(key)) {
        weightKept -= entry.getValue().weight();
        older.remove();
      }
    }
    if (built.weight() > mostWeight) {
      return;
    }
    Iterator<Kept<T>> longest = kept.values().iterator();
    while (weightKept + built.weight() > mostWeight) {
      weightKept -= longest.next().weight();
      longest.remove();
    }
    kept.put(key, built);
    weightKept += built.weight();
  }

  private record Key(String organisationCode, String periodCode, long changeNumber) {}

  private record Kept<T>(T built, int weight) {}
}
