package beacon.audit.web;

import beacon.audit.AuditTrail;
import beacon.rules.audit.Change;
import beacon.rules.audit.FieldChange;
import java.util.List;

/**
 * One change as the audit page shows it.
 *
 * @param when e.g. 24 Nov 2026 10:05, England's time
 * @param what e.g. Value corrected
 * @param indicator the indicator's code; null when the change belongs to none
 */
public record AuditLine(
    String when, String who, String what, String indicator, List<FieldChange> fields, String why) {

  static AuditLine of(Change change, AuditWords words) {
    return new AuditLine(
        AuditWords.WHEN.format(change.changedAt().atZone(AuditTrail.ENGLAND)),
        change.username(),
        words.what(change) + " " + words.did(change),
        change.indicatorCode(),
        change.fields(),
        change.reason());
  }
}
