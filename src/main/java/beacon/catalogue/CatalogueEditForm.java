package beacon.catalogue;

import beacon.account.Account;
import beacon.indicator.CatalogueChanges;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/**
 * What every catalogue form asks besides its own fields: who is making the change and why, and the
 * version of the row the form was opened at (to refuse an edit someone else overtook).
 */
public abstract class CatalogueEditForm {

  private String reason;
  private String version;

  /** Who makes the change is the signed-in account: nothing to check. */
  protected void validateEditor(Errors errors) {}

  /**
   * The row's name must be given and not taken; the messages are {@code
   * catalogue.error.<kind>.name.missing} and {@code .taken}.
   */
  protected static void validateName(
      Errors errors, String kind, String name, Predicate<String> nameTaken) {
    if (blank(name)) {
      errors.rejectValue("name", "catalogue.error." + kind + ".name.missing");
    } else if (nameTaken.test(name.trim())) {
      errors.rejectValue(
          "name", "catalogue.error." + kind + ".name.taken", new Object[] {name.trim()}, null);
    }
  }

  /**
   * The change as the signed-in account makes it from this form; a form that sent no version is
   * taken as opened before any change, so it is refused once the row has one.
   *
   * @param editor the signed-in account, as the controller is handed it
   */
  public CatalogueChanges.Edit edit(Account editor) {
    Integer opened = openedVersion();
    return new CatalogueChanges.Edit(editor.name(), trimmed(reason), opened == null ? 0 : opened);
  }

  /** The form opened at the row's version {@code version}. */
  public void openedAt(int version) {
    this.version = String.valueOf(version);
  }

  /**
   * The version the form was opened at; null when it sent none, and -1, which is no version, for
   * one that is not a number.
   */
  public Integer openedVersion() {
    if (blank(version)) {
      return null;
    }
    try {
      return Integer.valueOf(version.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  protected static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  protected static String trimmed(String text) {
    return blank(text) ? null : text.trim();
  }

  protected static int whole(String text) {
    return blank(text) ? 0 : Integer.parseInt(text.trim());
  }

  /** A whole number from {@code min} to {@code max}; blank counts as 0. */
  protected static void wholeNumber(Errors errors, String field, String text, int min, int max) {
    try {
      int number = whole(text);
      if (number >= min && number <= max) {
        return;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    errors.rejectValue(field, "catalogue.error." + field + ".range");
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
