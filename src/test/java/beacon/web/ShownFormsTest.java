package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.support.BindingAwareModelMap;

class ShownFormsTest {

  public record NoteForm(String version, String note) {}

  private final Model model = new BindingAwareModelMap();
  private final NoteForm sent = new NoteForm("3", "typed");
  private final BeanPropertyBindingResult errors = new BeanPropertyBindingResult(sent, "noteForm");

  @Test
  void aFormShownInPlaceOfTheOneSentKeepsItsErrors() {
    errors.reject("stale", "Someone else saved");
    errors.rejectValue("note", "tooLong");
    model.addAllAttributes(errors.getModel());
    NoteForm reopened = new NoteForm("4", sent.note());

    ShownForms.show(model, "noteForm", reopened);

    BindingResult shown =
        (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "noteForm");
    assertThat(model.getAttribute("noteForm")).isSameAs(reopened);
    assertThat(shown.getTarget()).isSameAs(reopened);
    assertThat(shown.getGlobalError().getCode()).isEqualTo("stale");
    assertThat(shown.getFieldError("note").getCode()).isEqualTo("tooLong");
    assertThat(shown.getFieldValue("version")).isEqualTo("4");
  }

  @Test
  void theFormSentIsShownWithItsOwnErrors() {
    errors.rejectValue("note", "tooLong");
    model.addAllAttributes(errors.getModel());

    ShownForms.show(model, "noteForm", sent);

    assertThat(model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "noteForm")).isSameAs(errors);
  }

  @Test
  void aFormOpenedAfreshHasNoErrors() {
    ShownForms.show(model, "noteForm", sent);

    assertThat(model.getAttribute("noteForm")).isSameAs(sent);
    assertThat(model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "noteForm")).isNull();
  }
}
