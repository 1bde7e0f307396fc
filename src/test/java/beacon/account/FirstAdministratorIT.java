package beacon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator's password, when it is chosen in {@code
 * beacon.first-administrator.password}, follows the rule of every password: at least 12 characters,
 * and no more than bcrypt takes whole (72 bytes). One that does not is refused, saying which
 * setting and why, and no account is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstAdministratorIT extends EmbeddedDatabaseForTests {

  @Autowired Accounts accounts;
  @Autowired JdbcClient db;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void refusesAChosenPasswordOverSeventyTwoBytesAndMakesNoAccount() {
    onADatabaseWithNoAccounts(
        () -> {
          FirstAdministrator first = new FirstAdministrator(accounts, "é".repeat(40), "8080");

          assertThatThrownBy(() -> first.run(null))
              .hasMessageContaining("beacon.first-administrator.password")
              .hasMessageContaining("72 characters or fewer");
          assertThat(accounts.any()).isFalse();
        });
  }

  @Test
  void refusesAChosenPasswordShorterThanTwelveCharactersAndMakesNoAccount() {
    onADatabaseWithNoAccounts(
        () -> {
          FirstAdministrator first = new FirstAdministrator(accounts, "too short", "8080");

          assertThatThrownBy(() -> first.run(null))
              .hasMessageContaining("beacon.first-administrator.password")
              .hasMessageContaining("at least 12 characters");
          assertThat(accounts.any()).isFalse();
        });
  }

  /**
   * Runs the test in a transaction that empties the accounts (and what refers to them) first and is
   * rolled back after, so that the tests' own accounts are there again.
   */
  private void onADatabaseWithNoAccounts(Runnable test) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            transaction -> {
              transaction.setRollbackOnly();
              db.sql("truncate account cascade").update();
              assertThat(accounts.any()).isFalse();
              test.run();
            });
  }
}
