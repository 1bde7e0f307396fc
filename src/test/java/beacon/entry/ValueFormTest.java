package beacon.entry;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.indicator.Indicator;
import beacon.indicator.IndicatorStatus;
import beacon.rules.period.Month;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import beacon.value.NewValue;
import beacon.web.SentForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class ValueFormTest {

  static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasenames("messages/entry");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  static final Indicator MONTHLY_PERCENT = indicator(PeriodType.MONTH, Unit.PERCENT, 0);

  private ValueForm form = SentForm.of(ValueForm.class);
  private BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "valueForm");

  @Test
  void readsAMonthAsCouncilsWriteItAndGivesTheValueToRecord() {
    sent("period", "Mar 2018", "value", "83.5", "provisional", "true");

    Optional<NewValue> value = form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(errors.hasErrors()).isFalse();
    assertThat(value.get().period()).isEqualTo(Month.of(2018, 3));
    assertThat(value.get().figure().number()).isEqualByComparingTo("83.5");
    assertThat(value.get().provisional()).isTrue();
  }

  @Test
  void namesEachMissingField() {
    Optional<NewValue> value = form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(value).isEmpty();
    assertThat(messages())
        .containsExactly(
            "period: Enter a period for this monthly indicator, like Mar 2018",
            "value: Enter a value or choose a marker");
  }

  @Test
  void refusesAPeriodOfAnotherKind() {
    aValidForm("period", "Q4 2022/23");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages())
        .containsExactly("period: Enter a period for this monthly indicator, like Mar 2018");
  }

  @Test
  void asksForANumberInTheValue() {
    aValidForm("value", "eighty");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("value: Enter the value as a number, like 83 or 83.5");
  }

  @Test
  void refusesAPercentageAbove100() {
    aValidForm("value", "101");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("value: Enter a percentage between 0 and 100");
  }

  @Test
  void refusesADenominatorOf0() {
    aValidForm("numerator", "5", "denominator", "0");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("denominator: The denominator cannot be 0");
  }

  @Test
  void refusesANumeratorMoreThanItsDenominatorRatherThanWorkOutMoreThan100() {
    aValidForm("value", "", "numerator", "30", "denominator", "20");

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isEmpty();

    assertThat(messages())
        .containsExactly(
            "numerator: The numerator cannot be more than the denominator: 30 of 20 is more than"
                + " 100%");
  }

  @Test
  void refusesAMonthThatHasNotEnded() {
    aValidForm("period", "Nov 2026");

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isEmpty();

    assertThat(messages())
        .containsExactly("period: The period must have ended: Nov 2026 ends on 30 November 2026");
  }

  @Test
  void saysWhenTheValueDoesNotMatchItsNumeratorAndDenominator() {
    aValidForm("value", "84", "numerator", "122", "denominator", "182");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages())
        .containsExactly(
            "value: The value 84% does not match 122 of 182, which is 67%: check the value,"
                + " numerator and denominator");
  }

  @Test
  void acceptsAValueMatchingItsFractionToTheIndicatorsDecimalPlaces() {
    aValidForm("value", "67.0", "numerator", "122", "denominator", "182");

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isPresent();
  }

  @Test
  void worksOutAPercentageFromItsNumeratorAndDenominator() {
    aValidForm("value", "", "numerator", "220", "denominator", "239");

    Optional<NewValue> value =
        form.validate(indicator(PeriodType.MONTH, Unit.PERCENT, 1), TODAY, errors);

    assertThat(value.get().figure().number()).isEqualByComparingTo("92.1");
    assertThat(value.get().numerator()).isEqualByComparingTo("220");
  }

  @Test
  void takesAMarkerInPlaceOfAValueButNotBoth() {
    aValidForm("value", "", "marker", "SUPPRESSED");
    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors).get().figure().marker())
        .isEqualTo(Marker.SUPPRESSED);

    aValidForm("value", "12", "marker", "SUPPRESSED");
    BeanPropertyBindingResult again = new BeanPropertyBindingResult(form, "valueForm");
    form.validate(MONTHLY_PERCENT, TODAY, again);
    assertThat(again.getFieldError("value").getCode()).isEqualTo("entry.value.error.both");
  }

  @Test
  void aCorrectionNeedsAReason() {
    aValidForm("version", "41");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("reason: Enter the reason for the correction");
  }

  @Test
  void aNewValueNeedsNoReason() {
    aValidForm();

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isPresent();
  }

  @Test
  void reopenedOnTheVersionSavedItExpectsThatVersionForThatPeriod() {
    Month march = Month.of(2018, 3);
    ValueForm form = this.form.reopenedOn(42, march);

    assertThat(form.expectedVersion()).isEqualTo(42L);
    assertThat(form.openedFor(march)).isTrue();
    assertThat(form.period()).isEqualTo(march.code());
  }

  @Test
  void reopenedOnTheVersionSavedItKeepsWhatWasTyped() {
    aValidForm("numerator", "83", "denominator", "100", "note", "From the tracker");

    ValueForm reopened = form.reopenedOn(42, Month.of(2018, 3));

    assertThat(reopened)
        .extracting(ValueForm::value, ValueForm::numerator, ValueForm::denominator, ValueForm::note)
        .containsExactly("83", "83", "100", "From the tracker");
  }

  @Test
  void aFieldNotSentIsEmpty() {
    assertThat(form)
        .extracting(ValueForm::version, ValueForm::period, ValueForm::value, ValueForm::reason)
        .containsExactly("", "", "", "");
  }

  /** The form sent with these fields, {@code name, value, ...}. */
  private void sent(String... fields) {
    form = SentForm.of(ValueForm.class, fields);
    errors = new BeanPropertyBindingResult(form, "valueForm");
  }

  /** A valid form, sent with these fields typed over its own. */
  private void aValidForm(String... typed) {
    sent(SentForm.typedOver(new String[] {"period", "2018-03", "value", "83"}, typed));
  }

  private List<String> messages() {
    return errors.getFieldErrors().stream().map(ValueFormTest::message).toList();
  }

  static String message(FieldError error) {
    return error.getField() + ": " + MESSAGES.getMessage(error, Locale.UK);
  }

  static Indicator indicator(PeriodType frequency, Unit unit, int decimalPlaces) {
    return indicator(frequency, unit, decimalPlaces, Polarity.HIGH);
  }

  static Indicator indicator(
      PeriodType frequency, Unit unit, int decimalPlaces, Polarity polarity) {
    return new Indicator(
        1,
        1,
        "X1",
        "Indicator X1",
        null,
        polarity,
        unit,
        decimalPlaces,
        frequency,
        null,
        0,
        null,
        null,
        IndicatorStatus.ACTIVE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        null);
  }
}
