package beacon.account;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators and portfolios assigned to contributors: a contributor enters the values and
 * commentary of each indicator assigned, and of every indicator in each portfolio assigned.
 */
@Repository
public class Assignments {

  private final JdbcClient db;

  Assignments(JdbcClient db) {
    this.db = db;
  }

  /** The account's assignments: portfolios by name, then indicators by code. */
  public List<Assignment> of(long accountId) {
    return db.sql(
            """
            select s.id, i.code as indicator_code, i.title as indicator_title,
                   p.name as portfolio_name
              from account_assignment s
              left join indicator i on i.id = s.indicator_id
              left join portfolio p on p.id = s.portfolio_id
             where s.account_id = :account
             order by p.name nulls last, i.code
            """)
        .param("account", accountId)
        .query(Assignment.class)
        .list();
  }

  /** Assigns an indicator; assigning it again changes nothing. */
  public void assignIndicator(long accountId, long indicatorId, String assignedBy) {
    db.sql(
            """
            insert into account_assignment (account_id, indicator_id, assigned_by)
            values (:account, :indicator, :by) on conflict do nothing
            """)
        .param("account", accountId)
        .param("indicator", indicatorId)
        .param("by", assignedBy)
        .update();
  }

  /** Assigns a portfolio, and so all its indicators; assigning it again changes nothing. */
  public void assignPortfolio(long accountId, long portfolioId, String assignedBy) {
    db.sql(
            """
            insert into account_assignment (account_id, portfolio_id, assigned_by)
            values (:account, :portfolio, :by) on conflict do nothing
            """)
        .param("account", accountId)
        .param("portfolio", portfolioId)
        .param("by", assignedBy)
        .update();
  }

  /**
   * Removes one of the account's assignments.
   *
   * @return whether the account had it
   */
  public boolean remove(long accountId, long assignmentId) {
    return db.sql("delete from account_assignment where id = :id and account_id = :account")
            .param("id", assignmentId)
            .param("account", accountId)
            .update()
        == 1;
  }
}
