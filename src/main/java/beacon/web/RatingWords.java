package beacon.web;

import beacon.organisation.Organisation;
import beacon.rules.rating.RagWords;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the words its council prints for ratings ({@code ragWords}): Havering's "Blue"
 * for a value not rated on each of its pages; the standard words on a page of no one council.
 */
@ControllerAdvice
class RatingWords {

  @ModelAttribute("ragWords")
  RagWords ragWords(HttpServletRequest request) {
    return OrganisationOfRequest.of(request).map(Organisation::ragWords).orElse(RagWords.STANDARD);
  }
}
