package beacon.web;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * What every data entry form sends besides its own fields: {@code version}, the id of the version
 * the form was opened on (empty when there was none), so that a form opened before someone else
 * saved is refused. The forms are records; this gives them the reading of their version and of what
 * was typed.
 */
public interface EntryForm {

  /** The id of the version the form was opened on, as sent; empty when there was none. */
  String version();

  /** Whether the form replaces a version already saved. */
  default boolean isReplacing() {
    return !blank(version());
  }

  /** The version the form was opened on; null when there was none. */
  default Long expectedVersion() {
    if (!isReplacing()) {
      return null;
    }
    try {
      return Long.valueOf(version().trim());
    } catch (NumberFormatException e) {
      return -1L; // matches no version: the form is refused as stale
    }
  }

  /**
   * The number typed in a field, read as a person writes it ("1,250", "83.5%"); a field that is not
   * a number is rejected with the message {@code code}, which names it.
   *
   * @return empty when the field is empty or not a number
   */
  static Optional<BigDecimal> number(String field, String text, Errors errors, String code) {
    if (blank(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.strip().replace(",", "").replaceFirst("%$", "")));
    } catch (NumberFormatException e) {
      errors.rejectValue(field, code, "Enter a number");
      return Optional.empty();
    }
  }

  /** Whether the number is a percentage, from 0 to 100. */
  static boolean isPercentage(BigDecimal number) {
    return number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(100)) <= 0;
  }

  /** The text typed, without spaces around it; null when nothing was. */
  static String orNull(String text) {
    return blank(text) ? null : text.strip();
  }

  /** Whether nothing but spaces was typed, or the field was not sent. */
  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The text of a field as sent; empty when the field was not sent. */
  static String sent(String text) {
    return text == null ? "" : text;
  }

  /** The text of a field as sent; {@code otherwise} when the field was not sent. */
  static String sent(String text, String otherwise) {
    return text == null ? otherwise : text;
  }
}
