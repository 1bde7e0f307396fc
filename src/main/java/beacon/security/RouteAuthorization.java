package beacon.security;

import beacon.account.Account;
import beacon.account.SignedIn;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.web.OrganisationOfRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides each request by the {@link Routes} table, through {@link RouteAccess}, the same decision
 * the pages ask for their controls: the route's access, for the organisation named in its path and
 * the indicator named in its path. The organisation is found here, once, and left on the request
 * for its handler ({@link OrganisationOfRequest}) and for the answers its page's controls are given
 * ({@link RouteAccess#answersFor(Optional, HttpServletRequest)}); a route that names none in its
 * path acts for none. To a signed-in account, an organisation it does not belong to is not there:
 * the request is answered as for an organisation Beacon does not hold ({@link
 * OrganisationNotFound}).
 */
@Component
class RouteAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  private final RouteAccess access;
  private final Organisations organisations;

  RouteAuthorization(RouteAccess access, Organisations organisations) {
    this.access = access;
    this.organisations = organisations;
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
    String code = match.map(m -> m.variables().get("org")).orElse(null);
    RouteAccess.Answers answers = access.answersFor(account, request);
    if (code != null) {
      Optional<Organisation> organisation = organisations.withCode(code);
      if (account.isPresent()
          && organisation.filter(o -> account.get().belongsTo(o.id())).isEmpty()) {
        return new OrganisationNotFound(code);
      }
      organisation.ifPresent(
          o -> {
            OrganisationOfRequest.set(request, o);
            answers.knowing(o);
          });
    }
    return new AuthorizationDecision(answers.allows(method, path));
  }

  /**
   * The organisation whose refusal is answered as not found; empty for any other refusal, such as a
   * role that may not use the route or a missing CSRF token.
   */
  static Optional<String> organisationNotFound(AccessDeniedException e) {
    return e instanceof AuthorizationDeniedException denied
            && denied.getAuthorizationResult() instanceof OrganisationNotFound notFound
        ? Optional.of(notFound.code())
        : Optional.empty();
  }

  /**
   * The refusal of an organisation the account does not belong to, or that Beacon does not hold:
   * answered 404, as for an organisation Beacon does not hold, so that no code is given away.
   */
  static final class OrganisationNotFound extends AuthorizationDecision {

    private final String code;

    OrganisationNotFound(String code) {
      super(false);
      this.code = code;
    }

    String code() {
      return code;
    }
  }
}
