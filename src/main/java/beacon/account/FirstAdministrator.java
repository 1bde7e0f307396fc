package beacon.account;

import beacon.rules.account.PasswordLength;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no accounts, adds the first administrator, {@code admin}, and prints how to
 * sign in: with the password set in {@code beacon.first-administrator.password}, or else a random
 * one printed once. The administrator then adds everyone else's accounts. A password set there
 * follows the rule of every password ({@link PasswordLength}); one that does not stops Beacon from
 * starting, saying why, before any account is made.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

  static final String USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
  private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Accounts accounts;
  private final String password;
  private final String port;

  FirstAdministrator(
      Accounts accounts,
      @Value("${beacon.first-administrator.password:}") String password,
      @Value("${server.port:8080}") String port) {
    this.accounts = accounts;
    this.password = password;
    this.port = port;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (accounts.any()) {
      return;
    }
    boolean chosen = !password.isBlank();
    if (chosen && PasswordLength.of(password) != null) {
      throw new FirstAdministratorPasswordException(PasswordLength.of(password));
    }
    String first = chosen ? password : randomPassword();
    accounts.add(USERNAME, "Administrator", null, Role.ADMINISTRATOR, null, first, SignedIn.BEACON);
    log.warn(
        """

        ==============================================================================
         Beacon has made its first administrator. Sign in at http://localhost:{}/sign-in
           username: {}
           password: {}
         then add the accounts of the people who use Beacon under Accounts.
         This password is shown only now: write it down, or set a new one under
         Accounts, Administrator.
        ==============================================================================
        """,
        port,
        USERNAME,
        chosen ? "(the one set in beacon.first-administrator.password)" : first);
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return password.toString();
  }
}
