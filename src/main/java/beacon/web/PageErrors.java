package beacon.web;

import beacon.rules.period.PeriodFormatException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a page's errors with a GOV.UK error page saying what is wrong: 404 for something that
 * does not exist, 400 for a request that cannot be read, 500 for anything else (logged). Never a
 * stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  @ExceptionHandler(PeriodFormatException.class)
  ModelAndView notFound(PeriodFormatException e) {
    return page(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(TypeMismatchException.class)
  ModelAndView unreadable(TypeMismatchException e) {
    PeriodFormatException period = PeriodParameter.unreadPeriod(e);
    if (period != null) {
      return notFound(period);
    }
    return page(
        HttpStatus.BAD_REQUEST,
        "'" + e.getValue() + "' is not a valid value for " + e.getPropertyName() + ".");
  }

  /**
   * An upload that could not be read, such as one sent to a form that takes no file: 400, or 413
   * when it is over the limit of uploads. Imports answer their own on the import form.
   */
  @ExceptionHandler(MultipartException.class)
  ModelAndView uploadUnreadable(MultipartException e) {
    return e instanceof MaxUploadSizeExceededException
        ? page(HttpStatus.CONTENT_TOO_LARGE, null)
        : page(HttpStatus.BAD_REQUEST, "What was sent could not be read as a form.");
  }

  /**
   * Anything else: an exception that says its own status ({@link
   * org.springframework.web.bind.annotation.ResponseStatus}, such as an unknown organisation or
   * reporting period) is answered with it and its message; Spring MVC's own errors (no such page, a
   * missing parameter) keep their status; the rest is logged and answered 500.
   */
  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    Optional<StatusOfException> own = StatusOfException.of(e);
    if (own.isPresent()) {
      return page(own.get().status(), e.getMessage());
    }
    if (e instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
      return page(response.getStatusCode(), null);
    }
    log.error("Unexpected error", e);
    return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
  }

  private static ModelAndView page(HttpStatusCode status, String detail) {
    String view =
        switch (status.value()) {
          case 404 -> "error/404";
          case 413 -> "error/413";
          case 500 -> "error/500";
          default -> status.is5xxServerError() ? "error/5xx" : "error/4xx";
        };
    ModelAndView page = new ModelAndView(view, status);
    page.addObject("detail", detail);
    return page;
  }
}
