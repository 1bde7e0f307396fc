package beacon.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ImportFormTest {

  private static final List<String> KINDS = List.of("values");

  @Test
  void asksForAFileAndAName() {
    ImportForm form = new ImportForm("values");

    Errors errors = validate(form, 100);

    assertThat(errors.getFieldError("file").getDefaultMessage()).isEqualTo("Choose a file");
    assertThat(errors.getFieldError("recordedBy").getDefaultMessage()).isEqualTo("Enter your name");
    assertThat(errors.getFieldError("kind")).isNull();
  }

  @Test
  void refusesAFileOverTheLimitAndAKindWithNoImporter() {
    ImportForm form = new ImportForm("budgets");
    form.setFile(new MockMultipartFile("file", "values.csv", "text/csv", new byte[101]));
    form.setRecordedBy("Sam Officer");

    Errors errors = validate(form, 100);

    assertThat(errors.getFieldError("file").getDefaultMessage())
        .isEqualTo("The file is larger than 100 bytes");
    assertThat(errors.getFieldError("kind").getDefaultMessage())
        .isEqualTo("Choose what the file holds");
  }

  @Test
  void keepsTheFileNameWithoutTheFoldersABrowserSends() {
    ImportForm form = new ImportForm("values");
    form.setFile(
        new MockMultipartFile("file", "C:\\Users\\sam\\values.csv", "text/csv", new byte[] {1}));
    form.setRecordedBy(" Sam Officer ");
    form.setSheet("  ");

    assertThat(validate(form, 100).hasErrors()).isFalse();
    assertThat(form.details("825"))
        .isEqualTo(
            new UploadedFiles.Details("825", "values", "values.csv", null, "Sam Officer", null));
  }

  private static Errors validate(ImportForm form, long limit) {
    Errors errors = new BeanPropertyBindingResult(form, "importForm");
    form.validate(errors, KINDS, limit, limit + " bytes");
    return errors;
  }
}
