package beacon.account;

import beacon.rules.account.PasswordLength;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The password set for the first administrator is not one Beacon accepts: Beacon does not start,
 * and says which setting to change and how, without a stack trace ({@link Analysis}).
 */
class FirstAdministratorPasswordException extends RuntimeException {

  static final String SETTING =
      "beacon.first-administrator.password (BEACON_FIRST_ADMINISTRATOR_PASSWORD)";

  FirstAdministratorPasswordException(PasswordLength.Problem problem) {
    super(
        "The first administrator's password set in "
            + SETTING
            + (problem == PasswordLength.Problem.TOO_SHORT
                ? " is too short: a password needs at least "
                    + PasswordLength.MIN_CHARACTERS
                    + " characters."
                : " is too long: a password must be "
                    + PasswordLength.MAX_BYTES
                    + " characters or fewer (letters with accents and symbols count as 2 to 4)."));
  }

  /** Tells why Beacon did not start, and what to do, in place of the stack trace. */
  static class Analysis extends AbstractFailureAnalyzer<FirstAdministratorPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, FirstAdministratorPasswordException cause) {
      return new FailureAnalysis(
          cause.getMessage() + " No account has been made.",
          "Set "
              + SETTING
              + " to a password of "
              + PasswordLength.MIN_CHARACTERS
              + " to "
              + PasswordLength.MAX_BYTES
              + " characters, or leave it empty for Beacon to choose one and print it once,"
              + " then start Beacon again.",
          cause);
    }
  }
}
