package beacon.round;

import beacon.indicator.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts named to approve the commentary of an indicator or of a whole portfolio. */
@Repository
public class Approvers implements NamedApprovers {

  private final JdbcClient db;

  Approvers(JdbcClient db) {
    this.db = db;
  }

  /** Names the account an approver of one indicator's commentary. */
  public void nameForIndicator(long accountId, long indicatorId, String by) {
    db.sql(
            """
            insert into approver (account_id, indicator_id, named_by) values (:account, :indicator, :by)
            on conflict do nothing
            """)
        .param("account", accountId)
        .param("indicator", indicatorId)
        .param("by", by)
        .update();
  }

  /** Names the account an approver of the commentary of every indicator in a portfolio. */
  public void nameForPortfolio(long accountId, long portfolioId, String by) {
    db.sql(
            """
            insert into approver (account_id, portfolio_id, named_by) values (:account, :portfolio, :by)
            on conflict do nothing
            """)
        .param("account", accountId)
        .param("portfolio", portfolioId)
        .param("by", by)
        .update();
  }

  @Override
  public boolean isNamedFor(long accountId, Indicator indicator) {
    return db.sql(
            """
            select exists (
              select 1 from approver a join indicator i on i.id = :indicator
               where a.account_id = :account
                 and (a.indicator_id = i.id or a.portfolio_id = i.portfolio_id))
            """)
        .param("account", accountId)
        .param("indicator", indicator.id())
        .query(Boolean.class)
        .single();
  }
}
