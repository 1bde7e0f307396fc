package beacon.account;

import beacon.rules.account.LockOut;
import beacon.rules.account.PasswordLength;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signing in with a username and password. Every sign-in costs one bcrypt comparison, and the same
 * answer, whether the username is unknown, the account locked or stopped, or the password wrong, so
 * that neither what is said nor how long it takes tells which. A sign-in is counted as failed
 * before its password is compared ({@link FailedSignIns}): once {@link LockOut#ATTEMPTS} have
 * failed from one place, the passwords sent from there are no longer compared with the account's,
 * but with a hash of no account's password, and refused.
 */
@Component
class PasswordSignIns implements AuthenticationProvider {

  private static final String REFUSED = "The username or password is not right";

  private final Accounts accounts;
  private final FailedSignIns failures;
  private final PasswordEncoder passwords;
  private final CompletableFuture<String> noAccountsPassword;

  PasswordSignIns(Accounts accounts, FailedSignIns failures, PasswordEncoder passwords) {
    this.accounts = accounts;
    this.failures = failures;
    this.passwords = passwords;
    // hashed beside the rest of Beacon's start, not in its way
    this.noAccountsPassword =
        CompletableFuture.supplyAsync(() -> passwords.encode(UUID.randomUUID().toString()));
  }

  @Override
  public Authentication authenticate(Authentication typed) {
    String username = typed.getName() == null ? "" : typed.getName().strip();
    String password = typed.getCredentials() == null ? "" : typed.getCredentials().toString();
    String place =
        LockOut.placeOf(
            typed.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress()
                : null);
    Optional<StoredAccount> stored =
        accounts.storedWithUsername(username).filter(account -> account.passwordHash() != null);
    if (!failures.mayCompare(username, place)) {
      passwords.matches(password, noAccountsPassword.join());
      throw new LockedException(REFUSED);
    }
    boolean right =
        passwords.matches(
                password,
                stored.map(StoredAccount::passwordHash).orElseGet(noAccountsPassword::join))
            && stored.isPresent()
            && password.getBytes(StandardCharsets.UTF_8).length <= PasswordLength.MAX_BYTES;
    if (!right) {
      throw new BadCredentialsException(REFUSED);
    }
    if (stored.get().disabledAt() != null) {
      throw new DisabledException(REFUSED);
    }
    failures.succeeded(username, place);
    SignedInAccount account = new SignedInAccount(stored.get().account());
    UsernamePasswordAuthenticationToken signedIn =
        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    signedIn.setDetails(typed.getDetails());
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
