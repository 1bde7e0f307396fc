package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.web.SentForm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class SchemeFormTest {

  /** A form of the kind and band, sent with these fields typed over its own. */
  private static SchemeForm form(String kind, String band, String... typed) {
    return SentForm.of(
        SchemeForm.class,
        SentForm.typedOver(
            new String[] {
              "name", "Relative 10%",
              "kind", kind,
              "band", band,
              "inForceDay", "1",
              "inForceMonth", "4",
              "inForceYear", "2024"
            },
            typed));
  }

  private static List<String> errors(SchemeForm form, boolean saving) {
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
    form.validate(result, saving, name -> false, day -> Optional.empty());
    return result.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()).toList();
  }

  @Test
  void aValidSchemeHasNoErrorsWhetherPreviewedOrSaved() {
    assertThat(errors(form("RELATIVE_BAND", "10"), false)).isEmpty();
    assertThat(errors(form("RELATIVE_BAND", "10"), true)).isEmpty();
  }

  @Test
  void aBandKindNeedsABandMoreThanNought() {
    assertThat(errors(form("ABSOLUTE_BAND", ""), false))
        .containsExactly("band:catalogue.error.scheme.band.missing");
    assertThat(errors(form("RELATIVE_BAND", "0"), false))
        .containsExactly("band:catalogue.error.scheme.band.positive");
    assertThat(errors(form("TWO_STATE", ""), false)).isEmpty();
    assertThat(form("TWO_STATE", "10").bandForKind()).isNull();
  }

  @Test
  void theDateMustBeARealDay() {
    SchemeForm form = form("TWO_STATE", null, "inForceDay", "31", "inForceMonth", "2");
    assertThat(errors(form, false))
        .containsExactly("inForceDay:catalogue.error.scheme.inForce.date");
  }
}
