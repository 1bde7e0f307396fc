package beacon.audit;

import beacon.account.Account;
import beacon.account.SignedIn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Beacon's database connections, each telling the database who is acting before it is used: the
 * setting {@code beacon.actor} is the signed-in account's username, or empty for Beacon's own tasks
 * (the audit trail then names who the row records, or Beacon). A pooled connection keeps its
 * setting, so it is set only when the connection was last handed out for someone else.
 */
class ActingDataSource extends DelegatingDataSource {

  /** The actor each physical connection was last set to, forgotten when the pool drops it. */
  private final Map<PGConnection, String> actors = Collections.synchronizedMap(new WeakHashMap<>());

  ActingDataSource(DataSource target) {
    super(target);
  }

  // Who acts is found before a connection is taken: finding it may read the signed-in session
  // from the database, and a thread holding one connection while waiting for another could leave
  // a busy pool with every connection held and none to give.
  @Override
  public Connection getConnection() throws SQLException {
    String actor = actor();
    return actingAs(actor, super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    String actor = actor();
    return actingAs(actor, super.getConnection(username, password));
  }

  /**
   * Set while the signed-in account is being found: finding it may read the session from the
   * database, and the connection that takes acts for no one rather than ask again, without end.
   */
  private static final ThreadLocal<Boolean> FINDING_ACTOR = ThreadLocal.withInitial(() -> false);

  /** Who the connection acts for: the signed-in account's username, or empty for Beacon. */
  static String actor() {
    if (FINDING_ACTOR.get()) {
      return "";
    }
    FINDING_ACTOR.set(true);
    try {
      return SignedIn.account().map(Account::username).orElse("");
    } finally {
      FINDING_ACTOR.set(false);
    }
  }

  private Connection actingAs(String actor, Connection connection) throws SQLException {
    PGConnection physical =
        connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
    if (physical != null && Objects.equals(actors.get(physical), actor)) {
      return connection;
    }
    try (PreparedStatement set =
        connection.prepareStatement("select set_config('beacon.actor', ?, false)")) {
      set.setString(1, actor);
      set.execute();
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    // outside a transaction the setting holds; inside one it would be undone by a rollback
    if (physical != null) {
      if (connection.getAutoCommit()) {
        actors.put(physical, actor);
      } else {
        actors.remove(physical);
      }
    }
    return connection;
  }
}
