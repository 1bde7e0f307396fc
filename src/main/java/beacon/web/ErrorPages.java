package beacon.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * The error page of a request that failed ({@code /error}, reached by the servlet container's error
 * dispatch), as Spring Boot answers it: the GOV.UK page of its status ({@code templates/error/}).
 * Asked for directly, with no error to show, it is a page that does not exist: 404, never an error
 * of its own.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages extends BasicErrorController {

  ErrorPages(
      ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
    super(attributes, web.getError(), resolvers.orderedStream().toList());
  }

  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    return failed(request) ? super.getStatus(request) : HttpStatus.NOT_FOUND;
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    if (!failed(request)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("status", HttpStatus.NOT_FOUND.value(), "error", "Not Found"));
    }
    return super.error(request);
  }

  /** Whether the request is the error dispatch of one that failed. */
  private static boolean failed(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
  }
}
