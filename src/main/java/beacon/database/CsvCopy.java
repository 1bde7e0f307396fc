package beacon.database;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows streamed into a table through PostgreSQL's {@code COPY ... from stdin (format csv)}, cell by
 * cell and in batches, on the connection of the transaction in progress. A null or empty cell is
 * SQL null.
 */
public final class CsvCopy implements AutoCloseable {

  private static final int BATCH = 1 << 16;

  private final CopyIn copy;
  private final StringBuilder batch = new StringBuilder(BATCH + 1024);
  private boolean rowStarted;

  private CsvCopy(CopyIn copy) {
    this.copy = copy;
  }

  /**
   * @param table the table and its columns, in the order the cells are given: {@code national_value
   *     (measure_code, year, value)}
   */
  public static CsvCopy into(DataSource dataSource, String table) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return new CsvCopy(
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("copy " + table + " from stdin (format csv)"));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not copy rows into " + table, e);
    }
  }

  /** A text cell, quoted; null for none. */
  public CsvCopy text(String text) {
    separate();
    if (text != null && !text.isEmpty()) {
      batch.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    return this;
  }

  /** A number, a date or any cell whose text needs no quoting; null for none. */
  public CsvCopy plain(Object cell) {
    separate();
    if (cell instanceof BigDecimal number) {
      batch.append(number.toPlainString());
    } else if (cell != null) {
      batch.append(cell);
    }
    return this;
  }

  /** Ends the row. */
  public void endRow() {
    batch.append('\n');
    rowStarted = false;
    if (batch.length() > BATCH) {
      flush();
    }
  }

  private void separate() {
    if (rowStarted) {
      batch.append(',');
    }
    rowStarted = true;
  }

  private void flush() {
    byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
    batch.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new Refused(e);
    }
  }

  /**
   * Ends the copy: the rows are then in the table.
   *
   * @throws Refused when the database refused a row (the transaction is then in error)
   */
  @Override
  public void close() {
    if (!copy.isActive()) {
      return;
    }
    flush();
    try {
      copy.endCopy();
    } catch (SQLException e) {
      throw new Refused(e);
    }
  }

  /**
   * Ends the copy without the rows: none of them is written, and the transaction is in error (roll
   * it back, or back to a savepoint set before the copy).
   */
  public void cancel() {
    batch.setLength(0);
    if (copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException e) {
        // cancelling ends the copy with an error, which is what was asked for
      }
    }
  }

  /** The database refused the rows (or a row of them); none of them is written. */
  public static final class Refused extends IllegalStateException {

    private final String sqlState;

    Refused(SQLException cause) {
      super("Could not copy the rows: " + cause.getMessage(), cause);
      this.sqlState = cause.getSQLState();
    }

    /** Whether a row repeated one the table holds where its unique indexes allow only one. */
    public boolean repeatsARow() {
      return "23505".equals(sqlState);
    }
  }
}
