package beacon.rules.audit;

/** What a change did to the thing it changed. */
public enum ChangeKind {
  /** Something new: a row added. */
  ADDED,
  /** A row changed in place (the catalogue, accounts). */
  CHANGED,
  /** A version closed and its replacement added in the same change: a correction. */
  CORRECTED,
  /** A version closed with nothing in its place (a benchmark no longer published, a link ended). */
  WITHDRAWN,
  /** A row removed. */
  REMOVED,
  /** A whole table emptied at once. */
  EMPTIED;

  /** The database's word for it: INSERT, UPDATE, DELETE or TRUNCATE. */
  public String action() {
    return switch (this) {
      case ADDED -> "INSERT";
      case CHANGED, CORRECTED, WITHDRAWN -> "UPDATE";
      case REMOVED -> "DELETE";
      case EMPTIED -> "TRUNCATE";
    };
  }
}
