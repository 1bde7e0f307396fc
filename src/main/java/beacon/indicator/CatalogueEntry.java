package beacon.indicator;

import java.util.Collection;

/** A portfolio, priority or theme: a row of the catalogue with an id and a name. */
public interface CatalogueEntry {

  long id();

  String name();

  /**
   * Whether an entry other than {@code exceptId} (null for none) has the name, in any case.
   *
   * @param entries the entries the name must be unique among
   */
  static boolean nameTaken(
      Collection<? extends CatalogueEntry> entries, String name, Long exceptId) {
    return entries.stream()
        .anyMatch(e -> e.name().equalsIgnoreCase(name) && (exceptId == null || e.id() != exceptId));
  }
}
