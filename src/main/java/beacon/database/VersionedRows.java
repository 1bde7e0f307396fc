package beacon.database;

import beacon.rules.version.OpenedVersion;
import beacon.rules.version.SavedSinceOpenedException;
import beacon.rules.version.SavedVersion;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table that keeps every version of an indicator's row for a period (a value, a target,
 * commentary): the current version has {@code superseded_at} null, and a unique index on the
 * indicator and period where it is null keeps it one. A change never overwrites: it marks the
 * current version superseded, now, and inserts the new one, which says who saved it and why.
 *
 * <p>A save from a form is refused, writing nothing, when another version was saved since the form
 * was opened. Saves of the same row wait for each other ({@link VersionLock}); one that still meets
 * a current version inserted at the same moment by a writer that does not wait (an import) is
 * refused the same way, never with the database's duplicate key.
 *
 * @param <V> a version as the table's repository reads it
 */
public final class VersionedRows<V extends SavedVersion> {

  private final JdbcClient db;
  private final TransactionTemplate ownTransactionOrSavepoint;
  private final String table;
  private final String periodColumn;
  private final String columns;
  private final RowMapper<V> map;
  private final Function<V, ? extends SavedSinceOpenedException> stale;

  /**
   * @param table the table, which has {@code id}, {@code indicator_id}, the period column, {@code
   *     recorded_at} and {@code superseded_at}
   * @param periodColumn the column of the period's code, such as {@code period_code}
   * @param columns the columns {@code map} reads
   * @param stale the refusal of a save that did not know of the version saved now
   */
  public VersionedRows(
      JdbcClient db,
      PlatformTransactionManager transactions,
      String table,
      String periodColumn,
      String columns,
      RowMapper<V> map,
      Function<V, ? extends SavedSinceOpenedException> stale) {
    this.db = db;
    this.ownTransactionOrSavepoint = new TransactionTemplate(transactions);
    this.ownTransactionOrSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.table = table;
    this.periodColumn = periodColumn;
    this.columns = columns.strip();
    this.map = map;
    this.stale = stale;
  }

  /** The version current now for the indicator and period, locked until the transaction ends. */
  public Optional<V> current(long indicatorId, String periodCode) {
    return db.sql(
            "select "
                + columns
                + " from "
                + table
                + " where indicator_id = :indicator and "
                + periodColumn
                + " = :period and superseded_at is null for update")
        .param("indicator", indicatorId)
        .param("period", periodCode)
        .query(map)
        .optional();
  }

  /**
   * The version current once no other save of it is under way, kept so until the transaction ends:
   * what a change of it is checked against.
   */
  public Optional<V> currentForChange(long indicatorId, String periodCode) {
    VersionLock.take(db, table, indicatorId, periodCode);
    return current(indicatorId, periodCode);
  }

  /** Every version for the indicator and period, the latest recorded first. */
  public List<V> history(long indicatorId, String periodCode) {
    return db.sql(
            "select "
                + columns
                + " from "
                + table
                + " where indicator_id = :indicator and "
                + periodColumn
                + " = :period order by recorded_at desc, id desc")
        .param("indicator", indicatorId)
        .param("period", periodCode)
        .query(map)
        .list();
  }

  /**
   * Saves from a form opened on the version {@code openedVersion} (null: there was none): {@code
   * write} is given the version current now, once no other save is under way, and writes the new
   * one, by {@link #replace}; it may also decide to write nothing, or refuse.
   *
   * @throws SavedSinceOpenedException (the table's own kind), writing nothing, when another version
   *     has been saved since the form was opened
   */
  public <R> R saveOpenedOn(
      long indicatorId, String periodCode, Long openedVersion, Function<Optional<V>, R> write) {
    return save(
        indicatorId,
        periodCode,
        current -> {
          if (OpenedVersion.isStale(current, openedVersion)) {
            throw stale.apply(current.get());
          }
          return write.apply(current);
        });
  }

  /**
   * Saves over whatever version is current: {@code write} is given it, once no other save is under
   * way, and writes the new one, by {@link #replace}. It runs in a transaction of its own, or in a
   * savepoint of the caller's, so that a refusal leaves the caller's transaction usable.
   *
   * @throws SavedSinceOpenedException (the table's own kind), writing nothing, when a version was
   *     inserted at the same moment by a writer that does not wait for other saves
   */
  public <R> R save(long indicatorId, String periodCode, Function<Optional<V>, R> write) {
    try {
      return ownTransactionOrSavepoint.execute(
          status -> write.apply(currentForChange(indicatorId, periodCode)));
    } catch (DuplicateKeyException e) {
      throw stale.apply(current(indicatorId, periodCode).orElseThrow(() -> e));
    }
  }

  /**
   * Marks the version {@code current} (if any) superseded, now, and inserts the one that replaces
   * it.
   *
   * @return what {@code insert} returns
   */
  public <R> R replace(Optional<V> current, Supplier<R> insert) {
    current.ifPresent(
        version ->
            db.sql("update " + table + " set superseded_at = now() where id = :id")
                .param("id", version.id())
                .update());
    return insert.get();
  }
}
