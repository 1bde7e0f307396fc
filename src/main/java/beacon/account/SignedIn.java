package beacon.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account of the person whose request is being served, when someone is signed in. */
public final class SignedIn {

  /** Who changes data when no one is signed in: Beacon's own tasks, such as loading data. */
  public static final String BEACON = "Beacon";

  private SignedIn() {}

  /** The signed-in account; empty for the public and for Beacon's own tasks. */
  public static Optional<Account> account() {
    return accountOf(SecurityContextHolder.getContext().getAuthentication());
  }

  /** The account an authentication signs in; empty for none or the public. */
  public static Optional<Account> accountOf(Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof HasAccount holder) {
      return Optional.of(holder.account());
    }
    return Optional.empty();
  }

  /** The name recorded as who made a change: the account's name, or Beacon for its own tasks. */
  public static String name() {
    return account().map(Account::name).orElse(BEACON);
  }

  /** The username of the signed-in account, or Beacon for its own tasks. */
  public static String username() {
    return account().map(Account::username).orElse(BEACON);
  }

  /** A principal that is a Beacon account. */
  public interface HasAccount {
    Account account();
  }
}
