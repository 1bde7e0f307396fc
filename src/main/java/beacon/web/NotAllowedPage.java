package beacon.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The page for a signed-in person who asks for what their account may not do, and for a form sent
 * without its CSRF token (or after its session ended): the GOV.UK error page for 403.
 */
class NotAllowedPage implements AccessDeniedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }
}
