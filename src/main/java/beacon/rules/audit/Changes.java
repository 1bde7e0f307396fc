package beacon.rules.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the rows of the audit trail as the changes people made. A correction closes the current
 * version of a row (an update setting {@code superseded_at}) and adds its replacement in the same
 * transaction; the two rows are one change, from the old version to the new. They are paired when
 * they share the transaction, table and indicator and say the same of {@link #VERSION_KEY}.
 */
public final class Changes {

  /**
   * The columns that tell which thing a version is a version of, beside its indicator: the period
   * of a value or target, the report of commentary or a rating, the comparator of a benchmark. A
   * table without them (national links) keeps one thing per indicator.
   */
  public static final List<String> VERSION_KEY =
      List.of("period_code", "reporting_period_code", "comparator", "comparator_name");

  private Changes() {}

  /**
   * The changes the rows tell of, in the order of the rows.
   *
   * @param rows rows of the trail, newest first; a closed version among them that is not paired
   *     with its replacement is shown as withdrawn
   * @param closedVersions further rows that closed versions, read only to pair with the
   *     replacements among {@code rows}; those that pair with none are left out
   */
  public static List<Change> of(List<AuditRow> rows, List<AuditRow> closedVersions) {
    List<AuditRow> candidates = new ArrayList<>();
    rows.stream().filter(AuditRow::closesVersion).forEach(candidates::add);
    candidates.addAll(closedVersions);
    Set<Long> paired = new HashSet<>();
    Map<Long, AuditRow> replaced = new HashMap<>();
    for (AuditRow row : rows) {
      if (row.action().equals("INSERT")) {
        AuditRow closed = closedBy(row, candidates, paired);
        if (closed != null) {
          replaced.put(row.id(), closed);
        }
      }
    }
    List<Change> changes = new ArrayList<>();
    for (AuditRow row : rows) {
      if (replaced.containsKey(row.id())) {
        changes.add(correction(replaced.get(row.id()), row));
      } else if (!paired.contains(row.id())) {
        changes.add(single(row));
      }
    }
    return List.copyOf(changes);
  }

  /** The changes the rows tell of, every closed version's replacement being among them. */
  public static List<Change> of(List<AuditRow> rows) {
    return of(rows, List.of());
  }

  private static AuditRow closedBy(AuditRow added, List<AuditRow> candidates, Set<Long> paired) {
    for (AuditRow closed : candidates) {
      if (!paired.contains(closed.id()) && replaces(added, closed)) {
        paired.add(closed.id());
        return closed;
      }
    }
    return null;
  }

  /** Whether the row added replaces the version closed, in one correction. */
  static boolean replaces(AuditRow added, AuditRow closed) {
    return closed.closesVersion()
        && added.action().equals("INSERT")
        && added.transactionId() == closed.transactionId()
        && added.table().equals(closed.table())
        && Objects.equals(added.indicatorId(), closed.indicatorId())
        && VERSION_KEY.stream()
            .allMatch(key -> Objects.equals(added.newRow().get(key), closed.oldRow().get(key)));
  }

  private static Change correction(AuditRow closed, AuditRow added) {
    return new Change(
        added.changedAt(),
        added.transactionId(),
        added.username(),
        added.table(),
        ChangeKind.CORRECTED,
        added.indicatorId(),
        added.indicatorCode(),
        closed.oldRow(),
        added.newRow(),
        FieldChanges.between(closed.oldRow(), added.newRow()),
        added.reason());
  }

  private static Change single(AuditRow row) {
    return new Change(
        row.changedAt(),
        row.transactionId(),
        row.username(),
        row.table(),
        kindOf(row),
        row.indicatorId(),
        row.indicatorCode(),
        row.oldRow(),
        row.newRow(),
        FieldChanges.between(row.oldRow(), row.newRow()),
        row.reason());
  }

  private static ChangeKind kindOf(AuditRow row) {
    return switch (row.action()) {
      case "INSERT" -> ChangeKind.ADDED;
      case "DELETE" -> ChangeKind.REMOVED;
      case "TRUNCATE" -> ChangeKind.EMPTIED;
      default -> row.closesVersion() ? ChangeKind.WITHDRAWN : ChangeKind.CHANGED;
    };
  }
}
