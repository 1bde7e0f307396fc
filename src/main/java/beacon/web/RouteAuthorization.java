package beacon.web;

import beacon.account.Access;
import beacon.account.Account;
import beacon.account.Permissions;
import beacon.account.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides each request by the {@link Routes} table: the route's access, for the organisation named
 * in its path (or, for routes without one, in its {@code org} query parameter) and the indicator
 * named in its path.
 */
@Component
class RouteAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  private final Permissions permissions;

  RouteAuthorization(Permissions permissions) {
    this.permissions = permissions;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    HttpServletRequest request = context.getRequest();
    Optional<Account> account = SignedIn.accountOf(authentication.get());
    HttpMethod method = HttpMethod.valueOf(request.getMethod());
    if (method.equals(HttpMethod.HEAD)) {
      method = HttpMethod.GET;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Routes.Match> match = Routes.match(method, path);
    if (match.isEmpty()) {
      // a page that does not exist is answered "not found" to a signed-in reader
      return new AuthorizationDecision(method.equals(HttpMethod.GET) && account.isPresent());
    }
    Access access = match.get().route().access();
    String organisation = match.get().variables().get("org");
    if (organisation == null) {
      organisation = QueryParameters.first(request, "org");
    }
    String indicator = match.get().variables().get("code");
    return new AuthorizationDecision(permissions.allows(account, access, organisation, indicator));
  }
}
