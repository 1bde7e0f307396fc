package beacon.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect to one of Beacon's own pages is sent as the page's path ({@code Location:
 * /sign-in}), never as an address made from where the request says it was sent: a forged Host or
 * X-Forwarded-Host header sends nobody elsewhere. A redirect to another site (a single sign-on
 * provider) is sent as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SameSiteRedirects extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new PathRedirects(request, response));
  }

  /**
   * After signing in, back to the page first asked for: its path only, since the address Spring
   * Security kept of it was made from where that earlier request said it was sent.
   */
  public static AuthenticationSuccessHandler afterSignIn() {
    SavedRequestAwareAuthenticationSuccessHandler handler =
        new SavedRequestAwareAuthenticationSuccessHandler();
    handler.setDefaultTargetUrl("/");
    RedirectStrategy toPath =
        (request, response, url) -> {
          String path;
          try {
            path = pathOf(new URI(url));
          } catch (URISyntaxException e) {
            path = "/";
          }
          response.sendRedirect(path);
        };
    handler.setRedirectStrategy(toPath);
    return handler;
  }

  private static String pathOf(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }

  private static final class PathRedirects extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    PathRedirects(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      sendRedirect(location, SC_FOUND, true);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
      sendRedirect(location, SC_FOUND, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int status) throws IOException {
      sendRedirect(location, status, true);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
      String path = ownPath(location);
      if (path == null) {
        super.sendRedirect(location, status, clearBuffer);
        return;
      }
      if (isCommitted()) {
        throw new IllegalStateException("The answer has been sent: it cannot redirect now");
      }
      if (clearBuffer) {
        resetBuffer();
      }
      setStatus(status);
      setHeader("Location", path);
    }

    /** The path of a redirect to Beacon itself, or null for one to another site. */
    private String ownPath(String location) {
      URI uri;
      try {
        uri = new URI(location);
      } catch (URISyntaxException e) {
        return null;
      }
      if (uri.getScheme() == null && uri.getRawAuthority() == null) {
        String path;
        try {
          path = pathOf(new URI(request.getRequestURI()).resolve(uri));
        } catch (URISyntaxException e) {
          return null;
        }
        // "//host" or "/\host" would take a browser to another host
        return path.startsWith("//") || path.startsWith("/\\") ? null : path;
      }
      boolean here =
          uri.getScheme() != null
              && uri.getScheme().equalsIgnoreCase(request.getScheme())
              && uri.getHost() != null
              && uri.getHost().equalsIgnoreCase(request.getServerName())
              && port(uri) == request.getServerPort();
      return here ? pathOf(uri) : null;
    }

    private static int port(URI uri) {
      if (uri.getPort() >= 0) {
        return uri.getPort();
      }
      return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
  }
}
