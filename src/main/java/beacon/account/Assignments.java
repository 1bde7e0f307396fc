package beacon.account;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators and portfolios assigned to contributors: a contributor enters the values and
 * commentary of each indicator assigned, and of every indicator in each portfolio assigned. An
 * assignment added or removed is a change to the account: it makes the account's next version.
 */
@Repository
public class Assignments {

  private final JdbcClient db;
  private final AccountChanges changes;

  Assignments(JdbcClient db, AccountChanges changes) {
    this.db = db;
    this.changes = changes;
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

  /**
   * Assigns an indicator, from a page opened on version {@code opened} of the account; assigning it
   * again changes nothing else.
   *
   * @throws StaleAccountException when the account has changed since: nothing is written
   */
  @Transactional
  public void assignIndicator(long accountId, Long opened, long indicatorId, String assignedBy) {
    changes.touch(accountId, opened, assignedBy);
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

  /**
   * Assigns a portfolio, and so all its indicators, from a page opened on version {@code opened} of
   * the account; assigning it again changes nothing else.
   *
   * @throws StaleAccountException when the account has changed since: nothing is written
   */
  @Transactional
  public void assignPortfolio(long accountId, Long opened, long portfolioId, String assignedBy) {
    changes.touch(accountId, opened, assignedBy);
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
   * Removes one of the account's assignments, from a page opened on version {@code opened} of the
   * account.
   *
   * @return whether the account had it
   * @throws StaleAccountException when the account has changed since: nothing is removed
   */
  @Transactional
  public boolean remove(long accountId, Long opened, long assignmentId, String removedBy) {
    boolean removed =
        db.sql("delete from account_assignment where id = :id and account_id = :account")
                .param("id", assignmentId)
                .param("account", accountId)
                .update()
            == 1;
    if (removed) {
      changes.touch(accountId, opened, removedBy);
    }
    return removed;
  }
}
