package beacon.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in through single sign-on (OpenID Connect): finds the Beacon account of the identity the
 * provider vouches for. An identity is linked to its account the first time, found by the account
 * whose email or username is the identity's email or preferred username; from then on the account
 * is found by the identity itself (its issuer and subject), whatever its email becomes. Beacon
 * never makes an account itself: an identity with no account, or whose account is stopped, is
 * refused with the error {@link #NO_ACCOUNT} or {@link #STOPPED}.
 */
@Service
public class SignOns implements OAuth2UserService<OidcUserRequest, OidcUser> {

  /** The error of an identity no Beacon account (or more than one) matches. */
  public static final String NO_ACCOUNT = "sign-on";

  /** The error of an identity whose account is stopped. */
  public static final String STOPPED = "stopped";

  private final Accounts accounts;
  private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();

  SignOns(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String identity = user.getIdToken().getClaimAsString("iss") + " " + user.getSubject();
    StoredAccount stored =
        accounts
            .storedWithSignOnIdentity(identity)
            .orElseGet(() -> linkTheFirstTime(identity, user));
    if (stored.disabledAt() != null) {
      throw refused(STOPPED, "The account of " + identity + " is stopped");
    }
    return new SignedOnAccount(stored.account(), user);
  }

  private StoredAccount linkTheFirstTime(String identity, OidcUser user) {
    List<String> names = new ArrayList<>();
    for (String name : new String[] {user.getEmail(), user.getPreferredUsername()}) {
      if (name != null && !name.isBlank()) {
        names.add(name.strip());
      }
    }
    List<StoredAccount> matching =
        names.isEmpty() ? List.of() : accounts.storedUnlinkedNamed(names);
    if (matching.size() != 1) {
      throw refused(
          NO_ACCOUNT, matching.size() + " accounts match the identity " + identity + " " + names);
    }
    StoredAccount account = matching.get(0);
    accounts.linkSignOnIdentity(account.account().id(), identity);
    return account;
  }

  private static OAuth2AuthenticationException refused(String code, String description) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
  }
}
