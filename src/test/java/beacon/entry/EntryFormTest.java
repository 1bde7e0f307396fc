package beacon.entry;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.web.EntryForm;
import beacon.web.SentForm;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class EntryFormTest {

  /** The smallest form: a number field and what every entry form for a period has. */
  public record CountForm(
      String version, String period, String openedPeriod, String note, String reason, String count)
      implements PeriodEntryForm {

    Optional<BigDecimal> count(BeanPropertyBindingResult errors) {
      return EntryForm.number("count", count, errors, "entry.count.error");
    }
  }

  private CountForm form = SentForm.of(CountForm.class);
  private BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");

  @Test
  void readsNumbersAsPeopleWriteThem() {
    sent("count", " 1,250.5% ");

    assertThat(form.count(errors)).contains(new BigDecimal("1250.5"));
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void rejectsTextThatIsNotANumberWithTheMessageNamingTheField() {
    sent("count", "about 80");

    assertThat(form.count(errors)).isEmpty();
    assertThat(errors.getFieldError("count").getCode()).isEqualTo("entry.count.error");
  }

  @Test
  void anEmptyFieldIsNoNumberAndNoError() {
    assertThat(form.count(errors)).isEmpty();
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void aFormOpenedOnNothingSavedExpectsNoVersion() {
    assertThat(form.isReplacing()).isFalse();
    assertThat(form.expectedVersion()).isNull();
  }

  @Test
  void aFormWithAVersionThatIsNotANumberMatchesNoVersion() {
    sent("version", "seven");

    assertThat(form.expectedVersion()).isEqualTo(-1L);
  }

  @Test
  void aChangeToWhatWasSavedNeedsAReason() {
    sent("version", "42", "reason", "  late recording ");

    form.rejectMissingReason(errors, "entry.value.error.reason");

    assertThat(errors.hasFieldErrors("reason")).isFalse();
    assertThat(form.reasonForChange()).isEqualTo("late recording");
  }

  @Test
  void somethingNewNeedsNoReason() {
    form.rejectMissingReason(errors, "entry.value.error.reason");

    assertThat(errors.hasErrors()).isFalse();
    assertThat(form.reasonForChange()).isNull();
  }

  /** The form sent with these fields, {@code name, value, ...}. */
  private void sent(String... fields) {
    form = SentForm.of(CountForm.class, fields);
    errors = new BeanPropertyBindingResult(form, "form");
  }
}
