package beacon.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A Beacon account as the sign-in sees it: its username, password hash, role and lock. */
final class SignedInAccount implements UserDetails, CredentialsContainer, SignedIn.HasAccount {

  private static final long serialVersionUID = 1L;

  private final Account account;
  private transient String passwordHash;
  private final boolean locked;
  private final boolean disabled;

  SignedInAccount(Account account, String passwordHash, boolean locked, boolean disabled) {
    this.account = account;
    this.passwordHash = passwordHash;
    this.locked = locked;
    this.disabled = disabled;
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
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return account.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return !disabled;
  }

  /** Forgets the password hash once signed in, so it is never kept in the session. */
  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
