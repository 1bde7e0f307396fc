package beacon.entry;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.commentary.CommentaryState;
import beacon.web.SentForm;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class CommentaryFormTest {

  private CommentaryForm form = SentForm.of(CommentaryForm.class);
  private BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "commentaryForm");

  @Test
  void readsOneImprovementActionALineWithoutListMarksOrEmptyLines() {
    sent(
        "actions", "1. Audit the late assessments\r\n\r\n- Weekly tracker   \n• Train new staff\n");

    assertThat(form.improvementActions())
        .containsExactly("Audit the late assessments", "Weekly tracker", "Train new staff");
  }

  @Test
  void needsTheCommentaryAndAState() {
    sent("state", "PUBLISHED");

    form.validate(errors);

    assertThat(errors.getFieldErrors())
        .extracting(e -> e.getField() + " " + e.getCode())
        .containsExactly(
            "narrative entry.commentary.error.narrative", "state entry.commentary.error.state");
  }

  @Test
  void isADraftUnlessSaidOtherwise() {
    sent("narrative", "At the end of Q4, 58% ...");

    form.validate(errors);

    assertThat(errors.hasErrors()).isFalse();
    assertThat(form.chosenState()).isEqualTo(CommentaryState.DRAFT);
  }

  /** The form sent with these fields, {@code name, value, ...}. */
  private void sent(String... fields) {
    form = SentForm.of(CommentaryForm.class, fields);
    errors = new BeanPropertyBindingResult(form, "commentaryForm");
  }
}
