package beacon.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No organisation has the code asked for. */
@ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "Unknown organisation")
public class UnknownOrganisationException extends RuntimeException {

  public UnknownOrganisationException(String code) {
    super("There is no organisation with the code '" + code + "'");
  }
}
