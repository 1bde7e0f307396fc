package beacon.security;

import beacon.web.ApiProblems;
import beacon.web.ReadBody;
import beacon.web.UploadRoutes;
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
 * 256 KB) before anything else reads it: 413, with the GOV.UK error page or a problem answer saying
 * so. A body whose length is said first is refused by that length; one sent in chunks, with no
 * length said, is read here up to the limit and refused as soon as it passes it. Only an upload to
 * a route that takes a file ({@link UploadRoutes}) has the larger limit of uploads, which the
 * servlet container holds it to as it arrives ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long limit;
  private final ApiProblems problems;
  private final UploadRoutes uploads;

  RequestSizeLimit(
      @Value("${beacon.request-size-limit:256KB}") DataSize limit,
      ApiProblems problems,
      UploadRoutes uploads) {
    this.limit = limit.toBytes();
    this.problems = problems;
    this.uploads = uploads;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (uploads.takesFile(request)) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length > limit) {
      refuse(request, response);
      return;
    }
    HttpServletRequest counted = request;
    if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
      byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
      if (body.length > limit) {
        refuse(request, response);
        return;
      }
      counted = new ReadBody(request, body);
    }
    chain.doFilter(counted, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
  }
}
