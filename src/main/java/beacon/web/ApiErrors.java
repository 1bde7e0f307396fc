package beacon.web;

import beacon.rules.period.PeriodFormatException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers API errors with RFC 9457 problem details saying what is wrong; never a stack trace.
 * Spring MVC's own errors (a missing parameter, a wrong method) keep their status. Pages have their
 * own error pages ({@link PageErrors}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(PeriodFormatException.class)
  ProblemDetail unknownPeriod(PeriodFormatException e) {
    return problem(
        HttpStatus.NOT_FOUND,
        "Unknown reporting period",
        e.getMessage(),
        "unknown-reporting-period");
  }

  /** A period in the address that is not one is answered as an unknown period. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    PeriodFormatException period = PeriodParameter.unreadPeriod(e);
    if (period != null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(unknownPeriod(period));
    }
    return super.handleTypeMismatch(e, headers, status, request);
  }

  /** An upload that could not be read; one over the limit is answered 413 by Spring MVC. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail uploadUnreadable(MultipartException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Bad Request",
        "What was sent could not be read as multipart/form-data.",
        "unreadable");
  }

  /**
   * Anything else: an exception that says its own status ({@link ResponseStatus}, such as an
   * unknown organisation or reporting period) is answered with it, its reason as the title; the
   * rest is logged and answered 500.
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    Optional<StatusOfException> own = StatusOfException.of(e);
    if (own.isPresent()) {
      return problem(own.get().status(), own.get().reason(), e.getMessage(), own.get().type());
    }
    log.error("Unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "Beacon could not answer this request. The error has been logged.",
        "internal-error");
  }

  private static ProblemDetail problem(
      HttpStatus status, String title, String detail, String type) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("/problems/" + type));
    return problem;
  }
}
