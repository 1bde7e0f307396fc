package beacon.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A number that the database moves on every change to what scorecards are built from (a trigger on
 * each table does it), so a scorecard built at one number can be reused until the number moves.
 */
@Repository
public class ChangeCounter {

  private final JdbcClient db;

  ChangeCounter(JdbcClient db) {
    this.db = db;
  }

  public long current() {
    return db.sql("select version from change_counter").query(Long.class).single();
  }
}
