package beacon.security;

import beacon.account.ApiTokens;
import beacon.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request to the API that carries a personal token ({@code Authorization: Bearer
 * beacon_...}) for that request only; a token that is unknown, revoked or of a stopped account is
 * answered 401 at once.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;
  private final ApiProblems problems;

  ApiTokenFilter(ApiTokens tokens, ApiProblems problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    var account = tokens.accountOf(header.substring(BEARER.length()).strip());
    if (account.isEmpty()) {
      problems.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "The API token is not known, has been revoked, or its account is stopped.");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new ApiTokenAuthentication(account.get()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** Whether a request carries a token rather than a session. */
  static boolean carriesToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }
}
