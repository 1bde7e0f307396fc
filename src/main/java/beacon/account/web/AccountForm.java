package beacon.account.web;

import static java.util.Objects.requireNonNullElse;

import beacon.account.Account;
import beacon.account.ManagedAccount;
import beacon.account.Role;
import beacon.rules.account.PasswordLength;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * An account as typed by an administrator, new or changed. A password needs only to be long enough,
 * and no longer than bcrypt takes whole ({@link PasswordLength}); it may be left out when people
 * sign in through single sign-on, and, for an account that exists, to keep the one it has. A change
 * carries the {@code version} of the account the form was opened on.
 */
public record AccountForm(
    String username,
    String name,
    String email,
    String role,
    String organisation,
    String password,
    String signIn,
    String version) {

  static final int MAX_LENGTH = 100;
  static final String STOPPED = "stopped";
  static final String ALLOWED = "allowed";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  public AccountForm {
    signIn = requireNonNullElse(signIn, ALLOWED);
    version = requireNonNullElse(version, "");
  }

  /** The form for a new account of the organisation chosen (its code; null for none yet). */
  static AccountForm forNew(String organisation) {
    return new AccountForm(null, null, null, null, organisation, null, null, null);
  }

  /**
   * The form opened on an account as it is, at its version.
   *
   * @param organisation the choice of organisation the account has, as the form names it
   */
  static AccountForm changing(ManagedAccount managed, String organisation) {
    Account account = managed.account();
    return new AccountForm(
        null,
        account.name(),
        managed.email(),
        account.role().name(),
        organisation,
        null,
        managed.isStopped() ? STOPPED : ALLOWED,
        String.valueOf(managed.version()));
  }

  /** What checking a form needs to know beyond the form itself. */
  interface Rules {
    /** The roles the administrator may give. */
    List<Role> roles();

    /** Whether the administrator may choose this organisation (or every organisation). */
    boolean organisationAllowed(String choice);

    boolean usernameTaken(String username);

    boolean emailTaken(String email);

    /** Whether an account must have a password: when there is no single sign-on. */
    boolean passwordRequired();
  }

  /** Checks a new account. */
  void validateNew(Errors errors, Rules rules) {
    if (blank(username)) {
      errors.rejectValue("username", "accounts.error.username.missing");
    } else if (username.strip().length() > MAX_LENGTH) {
      errors.rejectValue("username", "accounts.error.username.length");
    } else if (!USERNAME.matcher(username.strip()).matches()) {
      errors.rejectValue("username", "accounts.error.username.characters");
    } else if (rules.usernameTaken(username.strip())) {
      errors.rejectValue(
          "username", "accounts.error.username.taken", new Object[] {username.strip()}, null);
    }
    validateDetails(errors, rules);
    if (blank(password)) {
      if (rules.passwordRequired()) {
        errors.rejectValue("password", "accounts.error.password.missing");
      }
    } else {
      validatePassword(errors);
    }
  }

  /**
   * Checks a change to an account.
   *
   * @param own whether the administrator is changing their own account
   */
  void validateChange(Errors errors, Rules rules, boolean own) {
    validateDetails(errors, rules);
    if (own && chosenRole() != null && chosenRole() != Role.ADMINISTRATOR) {
      errors.rejectValue("role", "accounts.error.role.own");
    }
    if (own && isStopped()) {
      errors.rejectValue("signIn", "accounts.error.signIn.own");
    }
    if (!blank(password)) {
      validatePassword(errors);
    }
  }

  private void validateDetails(Errors errors, Rules rules) {
    if (blank(name)) {
      errors.rejectValue("name", "accounts.error.name.missing");
    } else if (name.strip().length() > MAX_LENGTH) {
      errors.rejectValue("name", "accounts.error.name.length");
    }
    if (!blank(email)) {
      if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
        errors.rejectValue("email", "accounts.error.email.invalid");
      } else if (rules.emailTaken(email.strip())) {
        errors.rejectValue(
            "email", "accounts.error.email.taken", new Object[] {email.strip()}, null);
      }
    }
    if (chosenRole() == null) {
      errors.rejectValue("role", "accounts.error.role.missing");
    } else if (!rules.roles().contains(chosenRole())) {
      errors.rejectValue("role", "accounts.error.role.above");
    }
    if (!rules.organisationAllowed(organisation)) {
      errors.rejectValue("organisation", "accounts.error.organisation.missing");
    }
  }

  private void validatePassword(Errors errors) {
    PasswordLength.Problem problem = PasswordLength.of(password);
    if (problem == PasswordLength.Problem.TOO_SHORT) {
      errors.rejectValue("password", "accounts.error.password.short");
    } else if (problem == PasswordLength.Problem.TOO_LONG) {
      errors.rejectValue("password", "accounts.error.password.long");
    }
  }

  /** The role chosen; null when none or not a role. */
  Role chosenRole() {
    for (Role r : Role.values()) {
      if (r.name().equals(role)) {
        return r;
      }
    }
    return null;
  }

  boolean isStopped() {
    return STOPPED.equals(signIn);
  }

  /** The password typed; null when left empty. */
  String passwordOrNull() {
    return blank(password) ? null : password;
  }

  /** The version of the account the form was opened on; null when it gave none it could read. */
  Long openedVersion() {
    return versionOf(version);
  }

  /** A version of an account as a form sends it; null when it is none that could be read. */
  static Long versionOf(String text) {
    try {
      return blank(text) ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  String emailOrNull() {
    return blank(email) ? null : email.strip();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
