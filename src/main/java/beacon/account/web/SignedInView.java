package beacon.account.web;

import beacon.account.Account;
import beacon.account.SignedIn;
import org.springframework.stereotype.Component;

/**
 * Tells every page, error pages included, who is signed in, for the header's name, links and
 * sign-out button: {@code ${@signedInView.account()}}.
 */
@Component("signedInView")
public class SignedInView {

  /** The signed-in account; null for the public. */
  public Account account() {
    return SignedIn.account().orElse(null);
  }
}
