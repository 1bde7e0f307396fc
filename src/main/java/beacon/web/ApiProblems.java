package beacon.web;

import beacon.organisation.UnknownOrganisationException;
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
public class ApiProblems {

  private final JsonMapper json;

  ApiProblems(JsonMapper json) {
    this.json = json;
  }

  /**
   * An organisation the account does not belong to, answered as one Beacon does not hold ({@link
   * ApiErrors#unknownOrganisation}).
   */
  public void writeUnknownOrganisation(HttpServletResponse response, String code)
      throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, new UnknownOrganisationException(code).getMessage());
    problem.setTitle("Unknown organisation");
    problem.setType(URI.create("/problems/unknown-organisation"));
    write(response, problem);
  }

  public void write(HttpServletResponse response, int status, String detail) throws IOException {
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
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    write(response, problem);
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
