package beacon.imports;

import beacon.database.CsvCopy;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The rows of a values file copied straight into the values recorded, with PostgreSQL's COPY, as
 * they are read: the quickest way in for a file whose values are all new. A row that meets a value
 * already recorded for its indicator and period, or repeats an earlier row of the file, is refused
 * by the table's unique index, and then none of the rows is written: the file is to be imported the
 * long way, compared with what is recorded ({@link StagedValues}). Must be used within a
 * transaction; the rows are copied after a savepoint, to which a refusal goes back.
 */
@Repository
class ValuesCopiedIn {

  private final DataSource dataSource;

  ValuesCopiedIn(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Starts copying rows in.
   *
   * @param by who imports them, recorded with each
   * @param source where they came from, recorded with each
   */
  Copy open(String by, String source) {
    TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
    Object savepoint = transaction.createSavepoint();
    CsvCopy copy =
        CsvCopy.into(
            dataSource,
            "indicator_value (indicator_id, period_code, period_start, period_end, value,"
                + " numerator, denominator, marker, provisional, note, source, recorded_by)");
    return new Copy(transaction, savepoint, copy, by, source);
  }

  /** Rows on their way in. */
  static final class Copy {

    private final TransactionStatus transaction;
    private final Object savepoint;
    private final CsvCopy copy;
    private final String by;
    private final String source;
    private boolean refused;
    private boolean ended;
    private int copied;

    private Copy(
        TransactionStatus transaction, Object savepoint, CsvCopy copy, String by, String source) {
      this.transaction = transaction;
      this.savepoint = savepoint;
      this.copy = copy;
      this.by = by;
      this.source = source;
    }

    /**
     * Copies the row in.
     *
     * @return false when the rows have been refused (this row or one before it): none is written
     */
    boolean add(ValueRow row) {
      if (refused || ended) {
        return !refused;
      }
      try {
        copy.plain(row.indicatorId())
            .text(row.period().code())
            .plain(row.period().start())
            .plain(row.period().end())
            .plain(row.figure().number())
            .plain(row.numerator())
            .plain(row.denominator())
            .plain(row.figure().marker() == null ? null : row.figure().marker().name())
            .plain(row.provisional())
            .text(row.note())
            .text(source)
            .text(by);
        copy.endRow();
        copied++;
      } catch (CsvCopy.Refused e) {
        refuse(e);
      }
      return !refused;
    }

    /**
     * Ends the copy, the rows then written.
     *
     * @return whether every row went in; when not, none did, and the file is to be compared with
     *     what is recorded
     */
    boolean finish() {
      if (!refused && !ended) {
        ended = true;
        try {
          copy.close();
          transaction.releaseSavepoint(savepoint);
        } catch (CsvCopy.Refused e) {
          refuse(e);
        }
      }
      return !refused;
    }

    /** Takes back every row copied: the file had a problem. */
    void undo() {
      if (!ended) {
        ended = true;
        copy.cancel();
        transaction.rollbackToSavepoint(savepoint);
        transaction.releaseSavepoint(savepoint);
      }
    }

    /** The rows copied in. */
    int copied() {
      return copied;
    }

    private void refuse(CsvCopy.Refused e) {
      if (!e.repeatsARow()) {
        throw e;
      }
      refused = true;
      ended = true;
      copy.cancel();
      transaction.rollbackToSavepoint(savepoint);
      transaction.releaseSavepoint(savepoint);
    }
  }
}
