package beacon.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An organisation that is not an authority has a code that no authority's can be. */
class OwnCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"SCT", "WEST-PARTNERSHIP", "T1", "A", "ABCDEFGHIJKLMNOPQRST"})
  void capitalLettersDigitsAndHyphensBeginningWithALetterAreACode(String code) {
    assertThat(OwnCode.problem(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"311", "new", "sct", "-SCT", "S C T", "SCT/1", "SCT%", "1ABC"})
  void anAuthoritysCodeAWordOfBeaconsAddressesOrAnotherCharacterIsNot(String code) {
    assertThat(OwnCode.problem(code)).get().asString().startsWith("The code must start with");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void noCodeIsAskedFor(String code) {
    assertThat(OwnCode.problem(code)).get().asString().startsWith("Enter a code");
    assertThat(OwnCode.problem(null)).isPresent();
  }

  @org.junit.jupiter.api.Test
  void aCodeLongerThanTwentyCharactersIsRefusedSayingSo() {
    assertThat(OwnCode.problem("ABCDEFGHIJKLMNOPQRSTU"))
        .contains("The code must be 20 characters or fewer");
  }
}
