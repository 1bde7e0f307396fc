package beacon.entry;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.benchmark.Comparator;
import beacon.indicator.Indicator;
import beacon.indicator.IndicatorStatus;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.SetAgainst;
import beacon.web.SentForm;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

class TargetFormTest {

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasenames("messages/entry");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private TargetForm form = SentForm.of(TargetForm.class);
  private BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "targetForm");

  @Test
  void setsATargetWithToleranceForAFinancialYear() {
    aValidForm("tolerance", "5", "floor", "70");

    Optional<TargetForm.Valid> valid = form.validate(indicator(Polarity.HIGH), errors);

    assertThat(errors.hasErrors()).isFalse();
    assertThat(valid.get().period()).isEqualTo(new FinancialYear(2022));
    assertThat(figure(valid).greenThreshold(Polarity.HIGH)).isEqualByComparingTo("75");
    assertThat(figure(valid).floor()).isEqualByComparingTo("70");
  }

  @Test
  void acceptsAQuarter() {
    aValidForm("period", "2022-23-Q4");

    assertThat(form.validate(indicator(Polarity.HIGH), errors).get().period())
        .isEqualTo(new FinancialQuarter(2022, 4));
  }

  @Test
  void aMissingToleranceIsNone() {
    aValidForm("tolerance", "");

    assertThat(figure(form.validate(indicator(Polarity.HIGH), errors)).hasTolerance()).isFalse();
  }

  @Test
  void namesEachWrongField() {
    sent("period", "March", "target", "", "tolerance", "-1");

    form.validate(indicator(Polarity.HIGH), errors);

    assertThat(messages())
        .containsExactly(
            "period: Enter the period as a financial year, like 2022/23, or a quarter, like Q4"
                + " 2022/23",
            "target: Enter the target, or choose a benchmark to set it against",
            "tolerance: The tolerance cannot be less than 0");
  }

  @Test
  void theFloorIsBelowTheTargetWhenAimingHigh() {
    aValidForm("tolerance", "5", "floor", "76");

    form.validate(indicator(Polarity.HIGH), errors);

    assertThat(messages())
        .containsExactly(
            "floor: Enter a floor below 75%, the target less its tolerance: this indicator aims"
                + " high");
  }

  @Test
  void theFloorIsAboveTheTargetWhenAimingLow() {
    aValidForm("floor", "80");

    form.validate(indicator(Polarity.LOW), errors);

    assertThat(messages())
        .containsExactly(
            "floor: Enter a floor above 80%, the target plus its tolerance: this indicator aims"
                + " low");
  }

  @Test
  void changingATargetNeedsAReason() {
    aValidForm("version", "12");

    form.validate(indicator(Polarity.HIGH), errors);

    assertThat(messages()).containsExactly("reason: Enter the reason for the change");
  }

  /** The form sent with these fields, {@code name, value, ...}. */
  private void sent(String... fields) {
    form = SentForm.of(TargetForm.class, fields);
    errors = new BeanPropertyBindingResult(form, "targetForm");
  }

  /** A valid form, sent with these fields typed over its own. */
  @Test
  void setsATargetAgainstTheStatisticalNeighbourAverageOfAYear() {
    aValidForm(
        "target",
        "",
        "against",
        "STATISTICAL_NEIGHBOURS",
        "againstYear",
        "2021/22",
        "offset",
        "-1.5");

    Optional<TargetForm.Valid> valid = form.validate(indicator(Polarity.HIGH), errors);

    assertThat(errors.hasErrors()).isFalse();
    SetAgainst against = valid.get().aim().setAgainst();
    assertThat(against.comparator()).isEqualTo(Comparator.STATISTICAL_NEIGHBOURS);
    assertThat(against.year()).isEqualTo(new FinancialYear(2021));
    assertThat(against.offset()).isEqualByComparingTo("-1.5");
    assertThat(valid.get().aim().figure()).isNull();
  }

  @Test
  void aBenchmarkWithoutAYearIsTheTargetsOwnYears() {
    aValidForm("target", "", "against", "ENGLAND");

    SetAgainst against = form.validate(indicator(Polarity.HIGH), errors).get().aim().setAgainst();

    assertThat(against.year()).isEqualTo(new FinancialYear(2022));
    assertThat(against.offset()).isZero();
  }

  @Test
  void refusesAFigureAndABenchmarkTogetherAndABenchmarkNotInTheList() {
    aValidForm("against", "ENGLAND");
    assertThat(form.validate(indicator(Polarity.HIGH), errors)).isEmpty();
    assertThat(messages())
        .containsExactly(
            "target: Enter a target figure or choose a benchmark to set it against, not both");

    errors = new BeanPropertyBindingResult(form, "targetForm");
    aValidForm("target", "", "against", "AUTHORITY", "againstYear", "last year", "offset", "2pts");
    assertThat(form.validate(indicator(Polarity.HIGH), errors)).isEmpty();
    assertThat(messages())
        .containsExactlyInAnyOrder(
            "against: Choose a benchmark from the list",
            "againstYear: Enter the year of the benchmark's figure as a financial year, like"
                + " 2021/22",
            "offset: Enter how far above or below the benchmark as a number, like 2 or -1.5");
  }

  private static Target figure(Optional<TargetForm.Valid> valid) {
    return valid.get().aim().target(null, null).orElseThrow();
  }

  private void aValidForm(String... typed) {
    sent(SentForm.typedOver(new String[] {"period", "2022/23", "target", "80"}, typed));
  }

  private List<String> messages() {
    return errors.getFieldErrors().stream()
        .map(e -> e.getField() + ": " + MESSAGES.getMessage(e, Locale.UK))
        .toList();
  }

  private static Indicator indicator(Polarity polarity) {
    return new Indicator(
        1,
        1,
        "X1",
        "Indicator X1",
        null,
        polarity,
        Unit.PERCENT,
        0,
        PeriodType.FINANCIAL_QUARTER,
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
