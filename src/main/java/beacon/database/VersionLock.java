package beacon.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes saves of the same versioned row wait for each other: the first to take the lock reads,
 * checks and writes; the second reads only once the first has committed, so it sees the version the
 * first saved and is refused as stale instead of failing or writing a second current version. A row
 * lock on the current version cannot do this alone: a save of a value not yet recorded has no row
 * to lock, and a save waiting on a row the first one supersedes then finds no current row.
 */
public final class VersionLock {

  private VersionLock() {}

  /**
   * Takes the lock for the kind of row, indicator and period until the transaction ends.
   *
   * @param kind the kind of row, such as {@code indicator_value}
   */
  public static void take(JdbcClient db, String kind, long indicatorId, String periodCode) {
    db.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
        .param("key", kind + "/" + indicatorId + "/" + periodCode)
        .query(rs -> {});
  }
}
