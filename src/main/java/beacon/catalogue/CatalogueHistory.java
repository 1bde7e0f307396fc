package beacon.catalogue;

import beacon.indicator.CatalogueChanges;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A row's recorded changes as its edit page lists them: newest first, each field before/after. */
public final class CatalogueHistory {

  private static final Set<String> NOT_SHOWN = Set.of("id", "organisation_id", "note");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private CatalogueHistory() {}

  /** One change: when, who, why and what it changed (nothing for the row's creation). */
  public record Entry(
      String when, String by, String reason, boolean creation, List<FieldChange> fields) {}

  /** A column's value before and after a change. */
  public record FieldChange(String field, String before, String after) {}

  /**
   * @param changes oldest first, as recorded
   * @param current the row's values now
   */
  public static List<Entry> of(List<CatalogueChanges.Change> changes, Map<String, String> current) {
    return of(changes, current, Map.of());
  }

  /**
   * @param changes oldest first, as recorded
   * @param current the row's values now
   * @param names for a column holding the id of another row (like {@code portfolio_id}), that row's
   *     name by id; an id without a name is shown as it is
   */
  public static List<Entry> of(
      List<CatalogueChanges.Change> changes,
      Map<String, String> current,
      Map<String, Map<String, String>> names) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      CatalogueChanges.Change change = changes.get(i);
      Map<String, String> after = i + 1 < changes.size() ? changes.get(i + 1).oldValues() : current;
      List<FieldChange> fields = new ArrayList<>();
      if (!change.creation()) {
        Set<String> keys = new LinkedHashSet<>(change.oldValues().keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
          String before = change.oldValues().get(key);
          String now = after.get(key);
          if (!NOT_SHOWN.contains(key) && !Objects.equals(before, now)) {
            Map<String, String> named = names.get(key);
            fields.add(new FieldChange(key, shown(before, named), shown(now, named)));
          }
        }
      }
      entries.add(
          new Entry(
              change.changedAt().atZoneSameInstant(LONDON).format(WHEN),
              change.changedBy(),
              change.reason(),
              change.creation(),
              fields));
    }
    Collections.reverse(entries);
    return entries;
  }

  private static String shown(String value, Map<String, String> names) {
    return value == null || names == null ? value : names.getOrDefault(value, value);
  }
}
