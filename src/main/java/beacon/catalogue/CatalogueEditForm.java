package beacon.catalogue;

import beacon.account.Account;
import beacon.indicator.CatalogueChanges;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/**
 * What every catalogue form asks besides its own fields: who is making the change and why, and the
 * version of the row the form was opened at (to refuse an edit someone else overtook). The forms
 * are records of what was typed; {@code F} is the form's own type.
 */
public interface CatalogueEditForm<F extends CatalogueEditForm<F>> {

  /** Why the change is made, as typed. */
  String reason();

  /** The version of the row the form was opened at, as sent. */
  String version();

  /** The same form, as typed, opened at the row's version {@code version}. */
  F openedAt(int version);

  /** Who makes the change is the signed-in account: nothing to check. */
  default void validateEditor(Errors errors) {}

  /**
   * The change as the signed-in account makes it from this form; a form that sent no version is
   * taken as opened before any change, so it is refused once the row has one.
   *
   * @param editor the signed-in account, as the controller is handed it
   */
  default CatalogueChanges.Edit edit(Account editor) {
    Integer opened = openedVersion();
    return new CatalogueChanges.Edit(editor.name(), trimmed(reason()), opened == null ? 0 : opened);
  }

  /**
   * The version the form was opened at; null when it sent none, and -1, which is no version, for
   * one that is not a number.
   */
  default Integer openedVersion() {
    if (blank(version())) {
      return null;
    }
    try {
      return Integer.valueOf(version().trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The row's name must be given and not taken; the messages are {@code
   * catalogue.error.<kind>.name.missing} and {@code .taken}.
   */
  static void validateName(Errors errors, String kind, String name, Predicate<String> nameTaken) {
    if (blank(name)) {
      errors.rejectValue("name", "catalogue.error." + kind + ".name.missing");
    } else if (nameTaken.test(name.trim())) {
      errors.rejectValue(
          "name", "catalogue.error." + kind + ".name.taken", new Object[] {name.trim()}, null);
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String trimmed(String text) {
    return blank(text) ? null : text.trim();
  }

  static int whole(String text) {
    return blank(text) ? 0 : Integer.parseInt(text.trim());
  }

  /** A whole number from {@code min} to {@code max}; blank counts as 0. */
  static void wholeNumber(Errors errors, String field, String text, int min, int max) {
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
}
