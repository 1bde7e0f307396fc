package beacon.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page saying why it failed: a wrong username or password (never which of the
 * two), a locked account, or a stopped one.
 */
class SignInFailure implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String why =
        e instanceof LockedException
            ? "locked"
            : e instanceof DisabledException ? "stopped" : "wrong";
    response.sendRedirect(
        request.getContextPath() + SecurityConfiguration.SIGN_IN + "?error=" + why);
  }
}
