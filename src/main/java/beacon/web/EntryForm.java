package beacon.web;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * What every data entry form sends besides its own fields: {@code version}, the id of the version
 * the form was opened on (empty when there was none), so that a form opened before someone else
 * saved is refused.
 */
public abstract class EntryForm {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private String version = "";

  /** Whether the form replaces a version already saved. */
  public boolean isReplacing() {
    return !blank(version);
  }

  /** The version the form was opened on; null when there was none. */
  public Long expectedVersion() {
    if (!isReplacing()) {
      return null;
    }
    try {
      return Long.valueOf(version.trim());
    } catch (NumberFormatException e) {
      return -1L; // matches no version: the form is refused as stale
    }
  }

  /** The form opened again on the version saved now. */
  public void reopenOn(long savedVersion) {
    version = String.valueOf(savedVersion);
  }

  /**
   * The number typed in a field, read as a person writes it ("1,250", "83.5%"); a field that is not
   * a number is rejected with the message {@code code}, which names it.
   *
   * @return empty when the field is empty or not a number
   */
  protected static Optional<BigDecimal> number(
      String field, String text, Errors errors, String code) {
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
  protected static boolean isPercentage(BigDecimal number) {
    return number.signum() >= 0 && number.compareTo(HUNDRED) <= 0;
  }

  /** The text typed, without spaces around it; null when nothing was. */
  public static String orNull(String text) {
    return blank(text) ? null : text.strip();
  }

  protected static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
