package beacon.rules.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change as a council reads it: who changed what, when, what it was and became, and why. A
 * correction of a value (or of a target, commentary, rating, benchmark or national link) is one
 * change, though the database closed the old version and added a new one.
 *
 * @param table the table changed, as the database names it ({@code indicator_value})
 * @param oldRow the row before the change; null when something was added
 * @param newRow the row after the change; null when something was removed
 * @param fields the fields that differ
 */
public record Change(
    Instant changedAt,
    long transactionId,
    String username,
    String table,
    ChangeKind kind,
    Long indicatorId,
    String indicatorCode,
    Map<String, String> oldRow,
    Map<String, String> newRow,
    List<FieldChange> fields,
    String reason) {

  /** The fields that differ as text: {@code value: 75 → 80; note: Late return}. */
  public String fieldsAsText() {
    return String.join("; ", fields.stream().map(FieldChange::toString).toList());
  }
}
