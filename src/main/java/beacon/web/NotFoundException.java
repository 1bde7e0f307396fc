package beacon.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something a page asked for does not exist: an indicator code, a period, a form's subject. */
@ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "Not found")
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
