package beacon.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form or API request larger than any Beacon asks for ({@code beacon.request-size-limit},
 * 256 KB) before it is read: 413, with the GOV.UK error page or a problem answer saying so. File
 * uploads have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long limit;
  private final ApiProblems problems;

  RequestSizeLimit(
      @Value("${beacon.request-size-limit:256KB}") DataSize limit, ApiProblems problems) {
    this.limit = limit.toBytes();
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean upload = type != null && type.toLowerCase().startsWith("multipart/");
    if (!upload && request.getContentLengthLong() > limit) {
      if (SecurityConfiguration.isApi(request)) {
        problems.write(
            response,
            HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            "The request is larger than Beacon accepts ("
                + (limit / 1024)
                + " KB). Send less at a time.");
      } else {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
