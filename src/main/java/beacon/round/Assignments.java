package beacon.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who enters the values and commentary of which indicators: accounts assigned to an indicator, or
 * to its portfolio. Named apart from {@link beacon.account.Assignments}, which writes them.
 */
@Repository("roundAssignments")
public class Assignments {

  private final JdbcClient db;

  Assignments(JdbcClient db) {
    this.db = db;
  }

  /**
   * The names of the accounts assigned to each of an organisation's indicators, by indicator id.
   */
  public Map<Long, List<String>> assigneesIn(long organisationId) {
    Map<Long, TreeSet<String>> names = new HashMap<>();
    db.sql(
            """
            select i.id as indicator_id, a.name
              from indicator i
              join account_assignment aa
                on aa.indicator_id = i.id or (aa.portfolio_id is not null and aa.portfolio_id = i.portfolio_id)
              join account a on a.id = aa.account_id
             where i.organisation_id = :organisation and a.disabled_at is null
            """)
        .param("organisation", organisationId)
        .query(
            rs -> {
              names
                  .computeIfAbsent(rs.getLong("indicator_id"), id -> new TreeSet<>())
                  .add(rs.getString("name"));
            });
    Map<Long, List<String>> lists = new HashMap<>();
    names.forEach((id, set) -> lists.put(id, List.copyOf(new ArrayList<>(set))));
    return lists;
  }

  /** The ids of the indicators assigned to the account, directly or through their portfolio. */
  public Set<Long> indicatorsOf(long accountId) {
    return Set.copyOf(
        db.sql(
                """
                select i.id
                  from indicator i
                  join account_assignment aa
                    on aa.indicator_id = i.id or (aa.portfolio_id is not null and aa.portfolio_id = i.portfolio_id)
                 where aa.account_id = :account
                """)
            .param("account", accountId)
            .query(Long.class)
            .list());
  }
}
