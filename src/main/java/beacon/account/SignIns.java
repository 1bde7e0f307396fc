package beacon.account;

import beacon.rules.account.LockOut;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signing in with a username and password: finds the account, counts failed attempts and locks the
 * account after {@link LockOut#ATTEMPTS} of them in a row.
 */
@Service
class SignIns implements UserDetailsService {

  private final Accounts accounts;
  private final Clock clock;

  SignIns(Accounts accounts) {
    this.accounts = accounts;
    this.clock = Clock.systemUTC();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    StoredAccount stored =
        accounts
            .storedWithUsername(username == null ? "" : username.strip())
            .filter(account -> account.passwordHash() != null)
            .orElseThrow(
                () -> new UsernameNotFoundException("No account signs in with a password"));
    return new SignedInAccount(
        stored.account(),
        stored.passwordHash(),
        LockOut.isLocked(stored.lockedUntil(), clock.instant()),
        stored.disabledAt() != null);
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    Object username = event.getAuthentication().getPrincipal();
    if (username instanceof String name) {
      accounts
          .storedWithUsername(name.strip())
          .ifPresent(
              stored -> {
                Instant now = clock.instant();
                accounts.recordFailedSignIn(
                    stored.account().id(),
                    stored.failedSignIns() + 1,
                    LockOut.lockedUntilAfterFailure(stored.failedSignIns(), now));
              });
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof SignedIn.HasAccount holder) {
      accounts.recordSignIn(holder.account().id());
    }
  }
}
