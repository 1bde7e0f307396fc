package beacon.audit;

import java.time.LocalDate;

/**
 * Which changes of an organisation to read: those of one indicator, by one user or on one day; each
 * null for any.
 */
public record AuditQuery(Long indicatorId, String username, LocalDate day) {

  /** Every change of the organisation. */
  public static AuditQuery everything() {
    return new AuditQuery(null, null, null);
  }
}
