package beacon.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The status an exception says it answers with, by its {@link ResponseStatus}: the error handlers
 * read it, so that they need not know each part's exceptions.
 */
record StatusOfException(HttpStatus status, String reason) {

  static Optional<StatusOfException> of(Throwable e) {
    ResponseStatus said =
        AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
    if (said == null || said.code().is5xxServerError()) {
      return Optional.empty();
    }
    String reason = said.reason().isBlank() ? said.code().getReasonPhrase() : said.reason();
    return Optional.of(new StatusOfException(said.code(), reason));
  }

  /** The problem's type, from its reason: "Unknown organisation" is unknown-organisation. */
  String type() {
    return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
