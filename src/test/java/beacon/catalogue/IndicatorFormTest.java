package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.indicator.Portfolio;
import beacon.indicator.Priority;
import beacon.indicator.Theme;
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

  private static IndicatorForm complete() {
    IndicatorForm form = new IndicatorForm();
    form.setCode("17");
    form.setTitle("Assessments in 45 days");
    form.setPolarity("HIGH");
    form.setUnit("PERCENT");
    form.setFrequency("MONTH");
    form.setPriority("10");
    form.setTheme("100");
    form.setReportedFrom("2022/23");
    return form;
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
    IndicatorForm form = complete();
    form.setCode(" ");
    form.setTitle("");

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
    IndicatorForm form = complete();
    form.setLagMonths("61");
    assertThat(errors(form, false)).containsExactly("lagMonths:catalogue.error.lagMonths.range");
    form.setLagMonths("three");
    assertThat(errors(form, false)).containsExactly("lagMonths:catalogue.error.lagMonths.range");
  }

  @Test
  void refusesAThemeOfAnotherPriorityNamingTheChosenPriority() {
    IndicatorForm form = complete();
    form.setTheme("101");
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
    form.validate(result, choices, code -> false);

    FieldError error = result.getFieldError("theme");
    assertThat(error.getCode()).isEqualTo("catalogue.error.theme.ofPriority");
    assertThat(error.getArguments()).containsExactly("Safe children");
  }

  @Test
  void refusesALastYearBeforeTheFirstAndAYearThatIsNotAFinancialYear() {
    IndicatorForm form = complete();
    form.setReportedTo("2021-22");
    assertThat(errors(form, false))
        .containsExactly("reportedTo:catalogue.error.reportedTo.beforeFrom");
    form.setReportedTo("Mar 2024");
    assertThat(errors(form, false)).containsExactly("reportedTo:catalogue.error.reportedTo.form");
  }

  @Test
  void needsAPolarityUnitAndFrequency() {
    IndicatorForm form = complete();
    form.setPolarity(null);
    form.setUnit("LITRES");
    form.setFrequency("");
    assertThat(errors(form, false))
        .containsExactly(
            "polarity:catalogue.error.polarity.choose",
            "unit:catalogue.error.unit.choose",
            "frequency:catalogue.error.frequency.choose");
  }
}
