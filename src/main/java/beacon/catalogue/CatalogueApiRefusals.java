package beacon.catalogue;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * A catalogue form's errors as the API says them: 422, each field at fault named as the request
 * names it, with the form's own message ("name: Enter the name of the portfolio").
 */
final class CatalogueApiRefusals {

  private CatalogueApiRefusals() {}

  /**
   * @param field the request's name for a form's field
   * @throws ResponseStatusException when the form has errors
   */
  static void refuseIfAny(Errors errors, MessageSource messages, UnaryOperator<String> field) {
    if (errors.hasErrors()) {
      throw new ResponseStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          errors.getFieldErrors().stream()
              .map(e -> field.apply(e.getField()) + ": " + messages.getMessage(e, Locale.UK))
              .collect(Collectors.joining("; ")));
    }
  }
}
