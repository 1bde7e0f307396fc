package beacon.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's answers to requests refused before they reach a controller (not signed in, not
 * allowed, a bad token, a missing CSRF token) as RFC 9457 problem details, like every other API
 * error.
 */
@Component
class ApiProblems {

  private final JsonMapper json;

  ApiProblems(JsonMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, int status, String detail) throws IOException {
    HttpStatus httpStatus = HttpStatus.valueOf(status);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(httpStatus, detail);
    problem.setTitle(httpStatus.getReasonPhrase());
    problem.setType(
        URI.create(
            "/problems/"
                + switch (status) {
                  case 401 -> "sign-in";
                  case 403 -> "not-allowed";
                  default -> "too-large";
                }));
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    json.writeValue(response.getOutputStream(), problem);
  }
}
