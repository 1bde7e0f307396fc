package beacon.web;

import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * How a page puts its form in the model. The forms are records: a form shown again is often a new
 * one made from the form sent (opened again on the version saved now, say), and it keeps the errors
 * found in the form sent, so the page shows them beside what was typed.
 */
public final class ShownForms {

  private ShownForms() {}

  /**
   * Puts the form in the model under {@code name}, with the errors found in the form sent under
   * that name, if one was.
   */
  public static void show(Model model, String name, Object form) {
    show(model.asMap(), name, form);
  }

  /** The same, for a model given as a map. */
  public static void show(Map<String, Object> model, String name, Object form) {
    Object found = model.get(BindingResult.MODEL_KEY_PREFIX + name);
    model.put(name, form);
    if (found instanceof BindingResult sent && sent.getTarget() != form) {
      BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, name);
      errors.addAllErrors(sent);
      model.put(BindingResult.MODEL_KEY_PREFIX + name, errors);
    }
  }
}
