package beacon.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.account.Account;
import beacon.account.Role;
import beacon.imports.DfeMeasure;
import beacon.web.SentForm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ImportFormTest {

  private static final List<String> KINDS = List.of("values", "dfe-statistics", "indicators");
  private static final Account OFFICER =
      new Account(7, "p.officer", "P. Officer", Role.PERFORMANCE_OFFICER, 1L);

  @Test
  void asksForAFile() {
    ImportForm form = SentForm.of(ImportForm.class, "kind", "values");

    Errors errors = validate(form, 100);

    assertThat(errors.getFieldError("file").getDefaultMessage()).isEqualTo("Choose a file");
    assertThat(errors.getFieldError("kind")).isNull();
  }

  @Test
  void refusesAFileOverTheLimitAndAKindWithNoImporter() {
    ImportForm form =
        SentForm.of(ImportForm.class, "kind", "budgets")
            .withFile(new MockMultipartFile("file", "values.csv", "text/csv", new byte[101]));

    Errors errors = validate(form, 100);

    assertThat(errors.getFieldError("file").getDefaultMessage())
        .isEqualTo("The file is larger than 100 bytes");
    assertThat(errors.getFieldError("kind").getDefaultMessage())
        .isEqualTo("Choose what the file holds");
  }

  @Test
  void keepsTheFileNameWithoutTheFoldersABrowserSends() {
    ImportForm form =
        SentForm.of(ImportForm.class, "kind", "values", "sheet", "  ")
            .withFile(
                new MockMultipartFile(
                    "file", "C:\\Users\\sam\\values.csv", "text/csv", new byte[] {1}));

    assertThat(validate(form, 100).hasErrors()).isFalse();
    assertThat(form.details("825", OFFICER))
        .isEqualTo(
            new UploadedFiles.Details(
                "825", "values", "values.csv", null, "P. Officer", null, NO_MEASURE, false));
  }

  @Test
  void onlyAFileOfIndicatorsMayAddWhatItNamesThatTheCatalogueDoesNotHave() {
    ImportForm values =
        SentForm.of(ImportForm.class, "kind", "values", "createMissing", "true")
            .withFile(new MockMultipartFile("file", "v.csv", "text/csv", new byte[] {1}));
    ImportForm indicators =
        SentForm.of(ImportForm.class, "kind", "indicators", "createMissing", "true")
            .withFile(new MockMultipartFile("file", "i.csv", "text/csv", new byte[] {1}));

    assertThat(validate(values, 100).getFieldError("createMissing").getDefaultMessage())
        .isEqualTo("Untick the box, or choose a file of indicators");
    assertThat(validate(indicators, 100).hasErrors()).isFalse();
    assertThat(indicators.details("825", OFFICER).createMissing()).isTrue();
  }

  @Test
  void aFileOfDfeStatisticsNeedsItsIndicatorAndFiltersWrittenColumnEqualsValue() {
    ImportForm form =
        SentForm.of(ImportForm.class, "kind", "dfe-statistics", "filters", "Children looked after")
            .withFile(new MockMultipartFile("file", "c1.csv", "text/csv", new byte[] {1}));

    Errors errors = validate(form, 100);

    assertThat(errors.getFieldError("indicator").getDefaultMessage())
        .isEqualTo("Choose the indicator the figures are for");
    assertThat(errors.getFieldError("filters").getDefaultMessage())
        .startsWith("The filter 'Children looked after' does not say its column and value");
  }

  @Test
  void readsTheFiltersOneALine() {
    ImportForm form =
        SentForm.of(
                ImportForm.class,
                "kind",
                "dfe-statistics",
                "indicator",
                "CLA-RATE",
                "measure",
                " rate_per_10000 ",
                "filters",
                "population_type=Children looked after on 31 March each year\r\n\r\nversion = Final")
            .withFile(new MockMultipartFile("file", "cla.csv", "text/csv", new byte[] {1}));

    assertThat(validate(form, 100).hasErrors()).isFalse();
    assertThat(form.details("825", OFFICER).measure())
        .isEqualTo(
            new DfeMeasure(
                "CLA-RATE",
                "rate_per_10000",
                Map.of(
                    "population_type", "Children looked after on 31 March each year",
                    "version", "Final"),
                null));
  }

  private static final DfeMeasure NO_MEASURE = new DfeMeasure("", "", Map.of(), null);

  private static Errors validate(ImportForm form, long limit) {
    Errors errors = new BeanPropertyBindingResult(form, "importForm");
    form.validate(errors, KINDS, limit, limit + " bytes");
    return errors;
  }
}
