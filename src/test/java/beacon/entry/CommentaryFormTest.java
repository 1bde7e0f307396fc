package beacon.entry;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.commentary.CommentaryState;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class CommentaryFormTest {

  private final CommentaryForm form = new CommentaryForm();
  private final BeanPropertyBindingResult errors =
      new BeanPropertyBindingResult(form, "commentaryForm");

  @Test
  void readsOneImprovementActionALineWithoutListMarksOrEmptyLines() {
    form.setActions(
        "1. Audit the late assessments\r\n\r\n- Weekly tracker   \n• Train new staff\n");

    assertThat(form.improvementActions())
        .containsExactly("Audit the late assessments", "Weekly tracker", "Train new staff");
  }

  @Test
  void needsTheCommentaryAndAState() {
    form.setState("PUBLISHED");

    form.validate(errors);

    assertThat(errors.getFieldErrors())
        .extracting(e -> e.getField() + " " + e.getCode())
        .containsExactly(
            "narrative entry.commentary.error.narrative", "state entry.commentary.error.state");
  }

  @Test
  void isADraftUnlessSaidOtherwise() {
    form.setNarrative("At the end of Q4, 58% ...");

    form.validate(errors);

    assertThat(errors.hasErrors()).isFalse();
    assertThat(form.state()).isEqualTo(CommentaryState.DRAFT);
  }
}
