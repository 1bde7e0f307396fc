package beacon.entry;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.Month;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class EntryFormTest {

  /** The smallest form: a number field and what every entry form has. */
  static class CountForm extends PeriodEntryForm {
    private String count = "";

    Optional<BigDecimal> count(BeanPropertyBindingResult errors) {
      return number("count", count, errors, "entry.count.error");
    }

    public String getCount() {
      return count;
    }

    public void setCount(String count) {
      this.count = count;
    }
  }

  private final CountForm form = new CountForm();
  private final BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");

  @Test
  void readsNumbersAsPeopleWriteThem() {
    form.setCount(" 1,250.5% ");

    assertThat(form.count(errors)).contains(new BigDecimal("1250.5"));
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void rejectsTextThatIsNotANumberWithTheMessageNamingTheField() {
    form.setCount("about 80");

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
    form.setVersion("seven");

    assertThat(form.expectedVersion()).isEqualTo(-1L);
  }

  @Test
  void reopenedOnTheVersionSavedItExpectsThatVersionForThatPeriod() {
    Month march = Month.of(2018, 3);
    form.reopenOn(42, march);

    assertThat(form.expectedVersion()).isEqualTo(42L);
    assertThat(form.openedFor(march)).isTrue();
    assertThat(form.getPeriod()).isEqualTo(march.code());
  }

  @Test
  void aChangeToWhatWasSavedNeedsAReason() {
    form.setVersion("42");
    form.setReason("  late recording ");

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
}
