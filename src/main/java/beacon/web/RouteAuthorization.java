package beacon.web;

import beacon.account.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides each request by the {@link Routes} table, as {@link RouteAccess} decides it for the
 * request's method and address.
 */
@Component
class RouteAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  private final RouteAccess access;

  RouteAuthorization(RouteAccess access) {
    this.access = access;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    HttpServletRequest request = context.getRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return new AuthorizationDecision(
        access.allows(
            SignedIn.accountOf(authentication.get()),
            HttpMethod.valueOf(request.getMethod()),
            query == null ? path : path + "?" + query));
  }
}
