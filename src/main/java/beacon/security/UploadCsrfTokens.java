package beacon.security;

import beacon.web.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads a file upload's CSRF token from its address rather than its body, so that checking the
 * token does not read the upload: a file over the limit is then refused by the import page's own
 * message. Every other form's token is read as usual.
 */
class UploadCsrfTokens implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler tokens =
      new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    tokens.handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().startsWith("multipart/")) {
      return tokens.resolveCsrfTokenValue(request, token);
    }
    String fromAddress = QueryParameters.first(request, token.getParameterName());
    return tokens.resolveCsrfTokenValue(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getParameter(String name) {
            return name.equals(token.getParameterName()) ? fromAddress : null;
          }
        },
        token);
  }
}
