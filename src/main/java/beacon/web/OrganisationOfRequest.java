package beacon.web;

import beacon.organisation.Organisation;
import beacon.organisation.UnknownOrganisationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The organisation a request acts on: the one its path names ({@code {org}}), found once by the
 * access check ({@code RouteAuthorization}) and left on the request. A handler is given it as a
 * parameter of type {@link Organisation}; it cannot be named to a handler in any other way. A
 * handler that reads the path variable {@code org} itself is given only the organisation the check
 * found: a request whose path variable Spring MVC reads differently is not found.
 */
public final class OrganisationOfRequest {

  private static final String ATTRIBUTE = OrganisationOfRequest.class.getName();

  private OrganisationOfRequest() {}

  public static void set(HttpServletRequest request, Organisation organisation) {
    request.setAttribute(ATTRIBUTE, organisation);
  }

  /** The organisation the access check found in the request's path; empty when it names none. */
  public static Optional<Organisation> of(HttpServletRequest request) {
    return Optional.ofNullable((Organisation) request.getAttribute(ATTRIBUTE));
  }

  /** The path variable {@code org} as Spring MVC matched it; null when the route has none. */
  private static String pathVariable(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map ? (String) map.get("org") : null;
  }

  /** Gives a handler's {@link Organisation} parameter the organisation of the request's path. */
  static final class Resolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Organisation.class;
    }

    @Override
    public Organisation resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer container,
        NativeWebRequest webRequest,
        WebDataBinderFactory binders) {
      HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
      String named = pathVariable(request);
      return of(request)
          .filter(organisation -> organisation.code().equals(named))
          .orElseThrow(() -> new UnknownOrganisationException(String.valueOf(named)));
    }
  }

  /**
   * Refuses, as not found, a request whose path variable {@code org}, as Spring MVC reads it, is
   * not the organisation the access check found.
   */
  static final class PathCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String named = pathVariable(request);
      if (named != null && of(request).map(Organisation::code).filter(named::equals).isEmpty()) {
        throw new UnknownOrganisationException(named);
      }
      return true;
    }
  }
}
