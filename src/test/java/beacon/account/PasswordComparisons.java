package beacon.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * The passwords compared with an account's own, by username, as Spring Security tells of each
 * sign-in with a password: a wrong password (bad credentials) or a right one (success). A sign-in
 * refused without comparing (a locked account) tells of neither.
 */
@Component
public class PasswordComparisons {

  private final Map<String, AtomicInteger> compared = new ConcurrentHashMap<>();

  @EventListener
  void wrong(AuthenticationFailureBadCredentialsEvent event) {
    count(event);
  }

  @EventListener
  void right(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
      count(event);
    }
  }

  /** How many passwords sent for this username have been compared with the account's. */
  public int of(String username) {
    AtomicInteger count = compared.get(username.toLowerCase(java.util.Locale.ROOT));
    return count == null ? 0 : count.get();
  }

  private void count(AbstractAuthenticationEvent event) {
    compared
        .computeIfAbsent(
            event.getAuthentication().getName().toLowerCase(java.util.Locale.ROOT),
            name -> new AtomicInteger())
        .incrementAndGet();
  }
}
