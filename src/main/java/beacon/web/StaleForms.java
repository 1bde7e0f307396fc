package beacon.web;

import beacon.rules.version.SavedVersion;
import java.time.Instant;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * The refusal every form shows when someone else saved after it was opened: one error for the
 * GOV.UK error summary, its message saying what was saved, then who saved it and when.
 */
public final class StaleForms {

  private StaleForms() {}

  /**
   * Refuses the form because {@code saved} was saved after it was opened, with the message {@code
   * code}: its arguments are {@code about} (what was saved), then who saved it ("Sam Officer") and
   * when ("at 14:05", or "at 14:05 on 3 May 2024" before today).
   */
  public static void refuse(
      Errors errors, String code, SavedVersion saved, String defaultMessage, Object... about) {
    Object[] arguments = new Object[about.length + 2];
    System.arraycopy(about, 0, arguments, 0, about.length);
    arguments[about.length] = saved.recordedBy();
    arguments[about.length + 1] = SavedAt.describe(saved.recordedAt(), Instant.now());
    errors.reject(code, arguments, defaultMessage);
  }

  /**
   * Binds a refusal to the form shown again in its place ({@code form}: what the page shows now),
   * after the page's model is filled. Spring drops the errors of a form from the model when another
   * object takes its name, so a refusal rejected on the form sent would not be shown.
   */
  public static void refuseOn(Model model, String name, Object form, String code, String message) {
    BindingResult refused = new BeanPropertyBindingResult(form, name);
    refused.reject(code, message);
    model.addAttribute(name, form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, refused);
  }
}
