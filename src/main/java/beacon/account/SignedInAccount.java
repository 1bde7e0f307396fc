package beacon.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A Beacon account signed in with its password: its username and role. Kept in the signed-in
 * session, without the password's hash.
 */
final class SignedInAccount implements UserDetails, SignedIn.HasAccount {

  private static final long serialVersionUID = 2L;

  private final Account account;

  SignedInAccount(Account account) {
    this.account = account;
  }

  @Override
  public Account account() {
    return account;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
  }

  @Override
  public String getPassword() {
    return null;
  }

  @Override
  public String getUsername() {
    return account.username();
  }
}
