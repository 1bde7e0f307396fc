package beacon.security;

import beacon.account.Account;
import beacon.account.SignedIn;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request signed in by a personal token: its principal is the token's account. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  private final Principal principal;

  ApiTokenAuthentication(Account account) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
    this.principal = new Principal(account);
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return principal;
  }

  @Override
  public String getName() {
    return principal.account().username();
  }

  record Principal(Account account) implements SignedIn.HasAccount {}
}
