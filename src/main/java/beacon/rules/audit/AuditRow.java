package beacon.rules.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the audit trail as the database wrote it: one table row added, changed or removed.
 *
 * @param changedAt when the transaction that made the change began; the rows of one change share it
 * @param action INSERT, UPDATE, DELETE or TRUNCATE
 * @param indicatorId the indicator the row belongs to; null for none
 * @param indicatorCode that indicator's code; null for none
 * @param oldRow the row before the change, its cells as text (null cells kept); null when added
 * @param newRow the row after the change; null when removed
 * @param reason why, where someone said
 */
public record AuditRow(
    long id,
    Instant changedAt,
    long transactionId,
    String username,
    String table,
    String action,
    Long indicatorId,
    String indicatorCode,
    Map<String, String> oldRow,
    Map<String, String> newRow,
    String reason) {

  /**
   * Whether this row closes a version of something kept with its history (a value, a target,
   * commentary...): an update that sets {@code superseded_at}.
   */
  public boolean closesVersion() {
    return action.equals("UPDATE")
        && oldRow != null
        && newRow != null
        && oldRow.get("superseded_at") == null
        && newRow.get("superseded_at") != null;
  }
}
