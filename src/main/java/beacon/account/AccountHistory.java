package beacon.account;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who changed what of an account since a version of it, as the audit trail keeps it (migration
 * V008): each change is one version of the account's row, and an assignment added or removed in the
 * same transaction belongs to it.
 */
@Repository
public class AccountHistory {

  /** What a change may have changed, by the column of the account's row (as the trail has it). */
  private static final Map<String, String> WHAT =
      Map.of(
          "name", "name",
          "email", "email",
          "role", "role",
          "organisation_id", "organisation",
          "password_changed", "password",
          "disabled_at", "signIn");

  /**
   * The changes made after a version.
   *
   * @param by who made them, first to last, each once
   * @param what what they changed, each once, as the codes name, email, role, organisation,
   *     password, signIn and assignments
   * @param lastAt when the last was made; null when none is known
   */
  public record LaterChanges(List<String> by, List<String> what, Instant lastAt) {

    static final LaterChanges UNKNOWN = new LaterChanges(List.of(), List.of(), null);

    /** Whether it is known who changed what: the form gave the version it was opened on. */
    public boolean isKnown() {
      return !by.isEmpty();
    }
  }

  private final JdbcClient db;

  AccountHistory(JdbcClient db) {
    this.db = db;
  }

  /** The changes made to the account after version {@code since}. */
  LaterChanges since(long account, long since) {
    Set<String> by = new LinkedHashSet<>();
    Set<String> what = new LinkedHashSet<>();
    List<Instant> at = new ArrayList<>();
    db.sql(
            """
            select e.new_row ->> 'changed_by' as changed_by, e.changed_at,
                   array(select k.key from jsonb_each(e.new_row) k
                          where k.value is distinct from e.old_row -> k.key) as changed,
                   exists (select 1 from audit_event s
                            where s.transaction_id = e.transaction_id
                              and s.table_name = 'account_assignment') as assignments
              from audit_event e
             where e.table_name = 'account' and e.row_id = :account and e.action = 'UPDATE'
               and (e.new_row ->> 'version')::bigint > :since
             order by e.id
            """)
        .param("account", account)
        .param("since", since)
        .query(
            (rs, n) -> {
              if (rs.getString("changed_by") != null) {
                by.add(rs.getString("changed_by"));
              }
              for (String column : columns(rs.getArray("changed"))) {
                if (WHAT.containsKey(column)) {
                  what.add(WHAT.get(column));
                }
              }
              if (rs.getBoolean("assignments")) {
                what.add("assignments");
              }
              at.add(rs.getTimestamp("changed_at").toInstant());
              return n;
            })
        .list();
    return new LaterChanges(
        List.copyOf(by), List.copyOf(what), at.isEmpty() ? null : at.get(at.size() - 1));
  }

  private static String[] columns(Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }
}
