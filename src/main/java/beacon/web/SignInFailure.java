package beacon.web;

import beacon.account.SignOns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page saying why it failed: a wrong username or password (never which of the
 * two), a locked account, or a stopped one; or, through single sign-on, an identity without a
 * Beacon account.
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
    } else if (e instanceof LockedException) {
      why = "locked";
    } else {
      why = e instanceof DisabledException ? "stopped" : "wrong";
    }
    response.sendRedirect(
        request.getContextPath() + SecurityConfiguration.SIGN_IN + "?error=" + why);
  }
}
