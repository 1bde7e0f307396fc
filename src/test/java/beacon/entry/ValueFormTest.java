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

  private final ValueForm form = new ValueForm();
  private final BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "valueForm");

  @Test
  void readsAMonthAsCouncilsWriteItAndGivesTheValueToRecord() {
    form.setPeriod("Mar 2018");
    form.setValue("83.5");
    form.setProvisional(true);

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
    aValidForm();
    form.setPeriod("Q4 2022/23");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages())
        .containsExactly("period: Enter a period for this monthly indicator, like Mar 2018");
  }

  @Test
  void asksForANumberInTheValue() {
    aValidForm();
    form.setValue("eighty");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("value: Enter the value as a number, like 83 or 83.5");
  }

  @Test
  void refusesAPercentageAbove100() {
    aValidForm();
    form.setValue("101");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("value: Enter a percentage between 0 and 100");
  }

  @Test
  void refusesADenominatorOf0() {
    aValidForm();
    form.setNumerator("5");
    form.setDenominator("0");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("denominator: The denominator cannot be 0");
  }

  @Test
  void refusesANumeratorMoreThanItsDenominatorRatherThanWorkOutMoreThan100() {
    aValidForm();
    form.setValue("");
    form.setNumerator("30");
    form.setDenominator("20");

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isEmpty();

    assertThat(messages())
        .containsExactly(
            "numerator: The numerator cannot be more than the denominator: 30 of 20 is more than"
                + " 100%");
  }

  @Test
  void refusesAMonthThatHasNotEnded() {
    aValidForm();
    form.setPeriod("Nov 2026");

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isEmpty();

    assertThat(messages())
        .containsExactly("period: The period must have ended: Nov 2026 ends on 30 November 2026");
  }

  @Test
  void saysWhenTheValueDoesNotMatchItsNumeratorAndDenominator() {
    aValidForm();
    form.setValue("84");
    form.setNumerator("122");
    form.setDenominator("182");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages())
        .containsExactly(
            "value: The value 84% does not match 122 of 182, which is 67%: check the value,"
                + " numerator and denominator");
  }

  @Test
  void acceptsAValueMatchingItsFractionToTheIndicatorsDecimalPlaces() {
    aValidForm();
    form.setValue("67.0");
    form.setNumerator("122");
    form.setDenominator("182");

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isPresent();
  }

  @Test
  void worksOutAPercentageFromItsNumeratorAndDenominator() {
    aValidForm();
    form.setValue("");
    form.setNumerator("220");
    form.setDenominator("239");

    Optional<NewValue> value =
        form.validate(indicator(PeriodType.MONTH, Unit.PERCENT, 1), TODAY, errors);

    assertThat(value.get().figure().number()).isEqualByComparingTo("92.1");
    assertThat(value.get().numerator()).isEqualByComparingTo("220");
  }

  @Test
  void takesAMarkerInPlaceOfAValueButNotBoth() {
    aValidForm();
    form.setValue("");
    form.setMarker("SUPPRESSED");
    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors).get().figure().marker())
        .isEqualTo(Marker.SUPPRESSED);

    form.setValue("12");
    BeanPropertyBindingResult again = new BeanPropertyBindingResult(form, "valueForm");
    form.validate(MONTHLY_PERCENT, TODAY, again);
    assertThat(again.getFieldError("value").getCode()).isEqualTo("entry.value.error.both");
  }

  @Test
  void aCorrectionNeedsAReason() {
    aValidForm();
    form.setVersion("41");

    form.validate(MONTHLY_PERCENT, TODAY, errors);

    assertThat(messages()).containsExactly("reason: Enter the reason for the correction");
  }

  @Test
  void aNewValueNeedsNoReason() {
    aValidForm();

    assertThat(form.validate(MONTHLY_PERCENT, TODAY, errors)).isPresent();
  }

  private void aValidForm() {
    form.setPeriod("2018-03");
    form.setValue("83");
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
