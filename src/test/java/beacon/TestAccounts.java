package beacon;

import beacon.account.Account;
import beacon.account.Accounts;
import beacon.account.ApiTokens;
import beacon.account.Role;
import beacon.organisation.Organisations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts for tests, one of each kind made once and reused: {@code accounts.administrator()}, an
 * administrator of every organisation; {@code accounts.officerOf("825")}; {@code
 * accounts.contributorOf("T3", "ASSESS-45")}; {@code accounts.reader()}. Each has a password and a
 * personal API token.
 */
@Component
public class TestAccounts {

  public static final String PASSWORD = "a long test password";
  private static final AtomicInteger COUNT = new AtomicInteger();

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final Organisations organisations;
  private final JdbcClient db;
  private final Map<String, TestAccount> made = new ConcurrentHashMap<>();

  TestAccounts(Accounts accounts, ApiTokens tokens, Organisations organisations, JdbcClient db) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.organisations = organisations;
    this.db = db;
  }

  /** An account that signs in with {@link #PASSWORD} and calls the API with {@link #bearer()}. */
  public record TestAccount(Account account, String token) {

    public String username() {
      return account.username();
    }

    /** The Authorization header's value for the API. */
    public String bearer() {
      return "Bearer " + token;
    }
  }

  /** An administrator of every organisation. */
  public TestAccount administrator() {
    return made.computeIfAbsent("administrator", k -> make(Role.ADMINISTRATOR, null));
  }

  /** A reader of every organisation. */
  public TestAccount reader() {
    return made.computeIfAbsent("reader", k -> make(Role.READER, null));
  }

  public TestAccount administratorOf(String organisation) {
    return made.computeIfAbsent(
        "administrator " + organisation, k -> make(Role.ADMINISTRATOR, organisation));
  }

  public TestAccount officerOf(String organisation) {
    return made.computeIfAbsent(
        "officer " + organisation, k -> make(Role.PERFORMANCE_OFFICER, organisation));
  }

  public TestAccount readerOf(String organisation) {
    return made.computeIfAbsent("reader " + organisation, k -> make(Role.READER, organisation));
  }

  /** A new contributor of the organisation, assigned these of its indicators. */
  public TestAccount contributorOf(String organisation, String... indicators) {
    TestAccount contributor = make(Role.CONTRIBUTOR, organisation);
    for (String indicator : List.of(indicators)) {
      db.sql(
              """
              insert into account_assignment (account_id, indicator_id, assigned_by)
              select :account, i.id, 'test' from indicator i join organisation o on o.id = i.organisation_id
               where o.code = :organisation and i.code = :indicator
              """)
          .param("account", contributor.account().id())
          .param("organisation", organisation)
          .param("indicator", indicator)
          .update();
    }
    return contributor;
  }

  /** A new contributor of the organisation, named as the approver of these of its indicators. */
  public TestAccount approverOf(String organisation, String... indicators) {
    TestAccount approver = make(Role.CONTRIBUTOR, organisation);
    for (String indicator : List.of(indicators)) {
      db.sql(
              """
              insert into approver (account_id, indicator_id, named_by)
              select :account, i.id, 'test' from indicator i join organisation o on o.id = i.organisation_id
               where o.code = :organisation and i.code = :indicator
              """)
          .param("account", approver.account().id())
          .param("organisation", organisation)
          .param("indicator", indicator)
          .update();
    }
    return approver;
  }

  /** A new account of this role and organisation (null for every organisation). */
  public TestAccount make(Role role, String organisation) {
    Long organisationId =
        organisation == null ? null : organisations.withCode(organisation).orElseThrow().id();
    String username = role.name().toLowerCase().replace('_', '-') + "-" + COUNT.incrementAndGet();
    Account account =
        accounts.add(
            username,
            "Test " + role.name().toLowerCase().replace('_', ' ') + " " + COUNT.get(),
            null,
            role,
            organisationId,
            PASSWORD,
            "test");
    return new TestAccount(account, tokens.make(account.id(), "tests"));
  }
}
