package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.indicator.Portfolio;
import beacon.indicator.Priority;
import beacon.indicator.Theme;
import beacon.web.SentForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class IndicatorFormTest {

  private final IndicatorForm.Choices choices =
      new IndicatorForm.Choices(
          List.of(new Portfolio(1, "Children's Social Care", null, null)),
          List.of(new Priority(10, "Safe children", null), new Priority(11, "Good schools", null)),
          List.of(
              new Theme(100, 10, "Safe children", "Assessment", 1),
              new Theme(101, 11, "Good schools", "Attendance", 1)));

  /** A complete form, sent with these fields typed over its own ({@code null}: not sent). */
  private static IndicatorForm complete(String... typed) {
    return SentForm.of(
        IndicatorForm.class,
        SentForm.typedOver(
            new String[] {
              "code", "17",
              "title", "Assessments in 45 days",
              "polarity", "HIGH",
              "unit", "PERCENT",
              "frequency", "MONTH",
              "priority", "10",
              "theme", "100",
              "reportedFrom", "2022/23"
            },
            typed));
  }

  private List<String> errors(IndicatorForm form, boolean codeTaken) {
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
    form.validate(result, choices, code -> codeTaken);
    return result.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()).toList();
  }

  @Test
  void aCompleteFormHasNoErrorsAndReadsALabelAsAFinancialYear() {
    IndicatorForm form = complete();

    assertThat(errors(form, false)).isEmpty();
    assertThat(form.toIndicator(1, choices).reportedFrom()).isEqualTo("2022-23");
    assertThat(form.toIndicator(1, choices).theme()).isEqualTo("Assessment");
  }

  @Test
  void asksForTheCodeAndTitle() {
    IndicatorForm form = complete("code", " ", "title", "");

    assertThat(errors(form, false))
        .containsExactly(
            "code:catalogue.error.code.missing", "title:catalogue.error.title.missing");
  }

  @Test
  void refusesACodeAnotherIndicatorHas() {
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(complete(), "form");
    complete().validate(result, choices, code -> code.equals("17"));

    FieldError error = result.getFieldError("code");
    assertThat(error.getCode()).isEqualTo("catalogue.error.code.taken");
    assertThat(error.getArguments()).containsExactly("17");
  }

  @Test
  void refusesALagOutsideNoughtToSixtyMonths() {
    IndicatorForm form = complete("lagMonths", "61");
    assertThat(errors(form, false)).containsExactly("lagMonths:catalogue.error.lagMonths.range");
    form = complete("lagMonths", "three");
    assertThat(errors(form, false)).containsExactly("lagMonths:catalogue.error.lagMonths.range");
  }

  @Test
  void refusesAThemeOfAnotherPriorityNamingTheChosenPriority() {
    IndicatorForm form = complete("theme", "101");
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
    form.validate(result, choices, code -> false);

    FieldError error = result.getFieldError("theme");
    assertThat(error.getCode()).isEqualTo("catalogue.error.theme.ofPriority");
    assertThat(error.getArguments()).containsExactly("Safe children");
  }

  @Test
  void refusesALastYearBeforeTheFirstAndAYearThatIsNotAFinancialYear() {
    IndicatorForm form = complete("reportedTo", "2021-22");
    assertThat(errors(form, false))
        .containsExactly("reportedTo:catalogue.error.reportedTo.beforeFrom");
    form = complete("reportedTo", "Mar 2024");
    assertThat(errors(form, false)).containsExactly("reportedTo:catalogue.error.reportedTo.form");
  }

  @Test
  void needsAPolarityUnitAndFrequency() {
    IndicatorForm form = complete("polarity", null, "unit", "LITRES", "frequency", "");
    assertThat(errors(form, false))
        .containsExactly(
            "polarity:catalogue.error.polarity.choose",
            "unit:catalogue.error.unit.choose",
            "frequency:catalogue.error.frequency.choose");
  }
}
