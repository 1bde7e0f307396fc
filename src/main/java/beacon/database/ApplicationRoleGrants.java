package beacon.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every migration, run as the role that owns the tables, gives the role Beacon works as (its
 * data source's) what Beacon needs and no more: to read and write every table, but only to read the
 * audit trail (which the database's triggers write, as its owner) and not to touch the migrations'
 * history. That role owns nothing, so it can neither switch a trigger off nor give itself more.
 * Where Beacon works as the owner itself (a single role on an external PostgreSQL) nothing is
 * granted, and Beacon warns that the trail is not protected from that role.
 */
@Component
class ApplicationRoleGrants implements Callback {

  private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);
  private static final String TRAIL = "audit_event";

  /** The trail read one line per row changed (migration V051). */
  private static final String TRAIL_LINES = "audit_line";

  private final DataSource application;

  ApplicationRoleGrants(DataSource application) {
    this.application = application;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return false;
  }

  @Override
  public String getCallbackName() {
    return "grants to Beacon's role";
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      ApplicationRole role = applicationRole();
      Connection owner = context.getConnection();
      String schema;
      String ownerName;
      try (Statement sql = owner.createStatement();
          ResultSet rs = sql.executeQuery("select current_schema(), current_user")) {
        rs.next();
        schema = rs.getString(1);
        ownerName = rs.getString(2);
      }
      String history = context.getConfiguration().getTable();
      if (!role.name().equals(ownerName) && !granted(owner, schema, role.name(), history)) {
        grant(owner, schema, role.name(), history);
      }
      if (role.mayChangeTheTrail()) {
        log.warn(
            "Beacon works as the database role {}, which owns the audit trail or is a superuser:"
                + " that role can change the trail or switch its triggers off. Give Beacon a role"
                + " of its own (see the README, \"An external PostgreSQL\").",
            role.name());
      }
    } catch (SQLException e) {
      throw new FlywayException("Could not grant Beacon's role its privileges", e);
    }
  }

  /**
   * True when the role has been granted exactly what {@link #grantOnce} grants, as on every start
   * after the first, so that the grants are not written again: the schema, every table and sequence
   * but the trail and the migrations' history; only to read the trail; nothing on the history.
   */
  private static boolean granted(Connection owner, String schema, String role, String history)
      throws SQLException {
    String sql =
        """
        with given as (select ?::text as role, ?::text as trail, ?::text as history)
        select has_schema_privilege(g.role, n.oid, 'usage')
           and not exists (
             select 1 from pg_class c
              where c.relnamespace = n.oid and c.relkind in ('r', 'p', 'v', 'm', 'f')
                and c.relname not in (g.trail, g.history)
                and not (has_table_privilege(g.role, c.oid, 'select')
                     and has_table_privilege(g.role, c.oid, 'insert')
                     and has_table_privilege(g.role, c.oid, 'update')
                     and has_table_privilege(g.role, c.oid, 'delete')
                     and has_table_privilege(g.role, c.oid, 'truncate')))
           and not exists (
             select 1 from pg_class c
              where c.relnamespace = n.oid and c.relkind = 'S'
                and not (has_sequence_privilege(g.role, c.oid, 'usage')
                     and has_sequence_privilege(g.role, c.oid, 'select')))
           and not exists (
             select 1 from pg_class c
              where c.relnamespace = n.oid and c.relname = g.trail
                and not (has_table_privilege(g.role, c.oid, 'select')
                     and not has_table_privilege(g.role, c.oid,
                       'insert, update, delete, truncate, references, trigger')))
           and not exists (
             select 1 from pg_class c
              where c.relnamespace = n.oid and c.relname = g.history
                and has_table_privilege(g.role, c.oid,
                  'select, insert, update, delete, truncate, references, trigger'))
          from given g join pg_namespace n on n.nspname = ?
        """;
    try (PreparedStatement query = owner.prepareStatement(sql)) {
      query.setString(1, role);
      query.setString(2, TRAIL);
      query.setString(3, history);
      query.setString(4, schema);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /**
   * Grants in one transaction, tried again a few times: a grant rewrites each table's row of the
   * catalogue, which PostgreSQL's own statistics work (autovacuum, analyse) may be writing at that
   * moment ("tuple concurrently updated"), as when Beacon's web application is busy beside a
   * command.
   */
  private void grant(Connection owner, String schema, String role, String history)
      throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        grantOnce(owner, schema, role, history);
        return;
      } catch (SQLException e) {
        if (attempt == GRANT_ATTEMPTS || !"XX000".equals(e.getSQLState())) {
          throw e;
        }
        try {
          Thread.sleep(100L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private void grantOnce(Connection owner, String schema, String role, String history)
      throws SQLException {
    String to = quoted(role);
    String in = quoted(schema);
    List<String> grants =
        List.of(
            "grant usage on schema " + in + " to " + to,
            "grant select, insert, update, delete, truncate on all tables in schema "
                + in
                + " to "
                + to,
            "grant usage, select on all sequences in schema " + in + " to " + to,
            "revoke all on " + in + "." + TRAIL + " from " + to,
            "grant select on " + in + "." + TRAIL + " to " + to,
            "revoke all on " + in + "." + TRAIL_LINES + " from " + to,
            "grant select on " + in + "." + TRAIL_LINES + " to " + to,
            "revoke all on " + in + "." + quoted(history) + " from " + to);
    boolean autoCommit = owner.getAutoCommit();
    owner.setAutoCommit(false);
    try (Statement sql = owner.createStatement()) {
      // two instances starting at once would otherwise update the same grants together
      sql.execute("select pg_advisory_xact_lock(hashtextextended('beacon: grants', 0))");
      for (String grant : grants) {
        sql.execute(grant);
      }
      owner.commit();
    } catch (SQLException e) {
      owner.rollback();
      throw e;
    } finally {
      owner.setAutoCommit(autoCommit);
    }
  }

  private static final int GRANT_ATTEMPTS = 5;

  private ApplicationRole applicationRole() throws SQLException {
    try (Connection connection = application.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rs =
            sql.executeQuery(
                """
                select current_user, rolsuper
                    or pg_has_role(current_user, (select relowner from pg_class
                        where oid = to_regclass('%s')), 'usage')
                  from pg_roles where rolname = current_user
                """
                    .formatted(TRAIL))) {
      rs.next();
      return new ApplicationRole(rs.getString(1), rs.getBoolean(2));
    }
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private record ApplicationRole(String name, boolean mayChangeTheTrail) {}
}
