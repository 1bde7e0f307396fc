package beacon.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A Beacon account signed in through single sign-on: the provider's identity, with the account's
 * role as its authority. Kept in the signed-in session, so serialisable.
 */
final class SignedOnAccount extends DefaultOidcUser implements SignedIn.HasAccount {

  private static final long serialVersionUID = 1L;

  private final Account account;

  SignedOnAccount(Account account, OidcUser identity) {
    super(
        List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())),
        identity.getIdToken(),
        identity.getUserInfo(),
        IdTokenClaimNames.SUB);
    this.account = account;
  }

  @Override
  public Account account() {
    return account;
  }
}
