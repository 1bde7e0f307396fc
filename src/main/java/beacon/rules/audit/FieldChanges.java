package beacon.rules.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields that differ between two versions of a row. Bookkeeping columns (the row's id, when and
 * by whom it was recorded, when it was superseded, its reason) and columns that follow from others
 * (a period's first and last day) are left out: the trail shows them in its own columns.
 */
public final class FieldChanges {

  /** Columns never listed as changes. */
  public static final Set<String> BOOKKEEPING =
      Set.of(
          "id",
          "organisation_id",
          "indicator_id",
          "recorded_at",
          "recorded_by",
          "superseded_at",
          "reason",
          "changed_at",
          "changed_by",
          "published_at",
          "published_by",
          "created_at",
          "created_by",
          "assigned_at",
          "assigned_by",
          "last_used_at",
          "period_start",
          "period_end");

  private FieldChanges() {}

  /**
   * The fields whose values differ, in the order of the old row's columns then any new ones; either
   * row may be null (a row added or removed), and then every field with a value is listed.
   */
  public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
    Map<String, String> old = before == null ? Map.of() : before;
    Map<String, String> now = after == null ? Map.of() : after;
    Set<String> fields = new LinkedHashSet<>(old.keySet());
    fields.addAll(now.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String was = old.get(field);
      String is = now.get(field);
      if (!BOOKKEEPING.contains(field) && !Objects.equals(was, is)) {
        changes.add(new FieldChange(field, was, is));
      }
    }
    return List.copyOf(changes);
  }
}
