package beacon.security;

import beacon.account.SignOns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page saying it failed. A sign-in with a password is told the same whatever
 * the reason (an unknown username, a wrong password, an account locked or stopped), so that no one
 * can find out which usernames exist; single sign-on, whose identity the provider has vouched for,
 * is told whether it has no Beacon account or a stopped one.
 */
class SignInFailure implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String why;
    if (e instanceof OAuth2AuthenticationException signOn) {
      why =
          SignOns.STOPPED.equals(signOn.getError().getErrorCode()) ? "stopped" : SignOns.NO_ACCOUNT;
    } else {
      why = "wrong";
    }
    response.sendRedirect(
        request.getContextPath() + SecurityConfiguration.SIGN_IN + "?error=" + why);
  }
}
