package beacon.security;

import beacon.organisation.UnknownOrganisationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The page for a signed-in person who asks for what their account may not do, and for a form sent
 * without its CSRF token (or after its session ended): the GOV.UK error page for 403. An
 * organisation the person does not belong to is not there: the GOV.UK error page for 404, saying so
 * as for an organisation Beacon does not hold.
 */
class NotAllowedPage implements AccessDeniedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    Optional<String> organisation = RouteAuthorization.organisationNotFound(e);
    if (organisation.isPresent()) {
      // shown by the error page as the PageErrors' pages show it
      request.setAttribute(
          "detail", new UnknownOrganisationException(organisation.get()).getMessage());
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }
}
