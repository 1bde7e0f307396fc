package beacon.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps each signed-in person's CSRF token in their session, as usual, except for a request signed
 * with an API token: it needs no CSRF token (none is checked), so a page it asks for, whose forms
 * carry one, starts no session and writes nothing to the sessions table.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

  private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return session.generateToken(request);
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    if (ApiTokenFilter.carriesToken(request) && request.getSession(false) == null) {
      return;
    }
    session.saveToken(token, request, response);
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return session.loadToken(request);
  }
}
