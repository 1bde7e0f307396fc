package beacon.round;

import beacon.account.Account;
import beacon.account.Role;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts for tests, written straight to the tables until accounts have their own pages: {@code
 * accounts.anAccount(council.id(), Role.CONTRIBUTOR, "A. Lead")}. Named apart from {@link
 * beacon.TestAccounts}, which every test context also holds.
 */
@Component("roundTestAccounts")
public class TestAccounts {

  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  private final JdbcClient db;

  TestAccounts(JdbcClient db) {
    this.db = db;
  }

  public Account anAccount(long organisationId, Role role, String name) {
    String username = "round-test-" + ACCOUNTS.incrementAndGet();
    long id =
        db.sql(
                """
                insert into account (username, name, role, organisation_id, created_by)
                values (:username, :name, :role, :organisation, 'test') returning id
                """)
            .param("username", username)
            .param("name", name)
            .param("role", role.name())
            .param("organisation", organisationId)
            .query(Long.class)
            .single();
    return new Account(id, username, name, role, organisationId);
  }

  public void assignIndicator(Account account, long indicatorId) {
    db.sql(
            """
            insert into account_assignment (account_id, indicator_id, assigned_by)
            values (:account, :indicator, 'test')
            """)
        .param("account", account.id())
        .param("indicator", indicatorId)
        .update();
  }

  public void assignPortfolio(Account account, long portfolioId) {
    db.sql(
            """
            insert into account_assignment (account_id, portfolio_id, assigned_by)
            values (:account, :portfolio, 'test')
            """)
        .param("account", account.id())
        .param("portfolio", portfolioId)
        .update();
  }

  /** The id of the council's portfolio of that name. */
  public long portfolioId(long organisationId, String name) {
    return db.sql("select id from portfolio where organisation_id = :o and name = :n")
        .param("o", organisationId)
        .param("n", name)
        .query(Long.class)
        .single();
  }
}
