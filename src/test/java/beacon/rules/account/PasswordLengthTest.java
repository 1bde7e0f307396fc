package beacon.rules.account;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.account.PasswordLength.Problem;
import org.junit.jupiter.api.Test;

class PasswordLengthTest {

  @Test
  void aPasswordNeedsTwelveCharactersAndNothingElse() {
    assertThat(PasswordLength.of("a".repeat(11))).isEqualTo(Problem.TOO_SHORT);
    assertThat(PasswordLength.of("a".repeat(12))).isNull();
    assertThat(PasswordLength.of("correct horse battery staple")).isNull();
  }

  @Test
  void countsCharactersNotBytesForTheShortest() {
    assertThat(PasswordLength.of("é".repeat(12))).isNull();
    assertThat(PasswordLength.of("😀".repeat(12))).isNull();
    assertThat(PasswordLength.of("😀".repeat(11))).isEqualTo(Problem.TOO_SHORT);
  }

  @Test
  void aPasswordIsAtMostTheSeventyTwoBytesBcryptReads() {
    assertThat(PasswordLength.of("a".repeat(72))).isNull();
    assertThat(PasswordLength.of("a".repeat(73))).isEqualTo(Problem.TOO_LONG);
    assertThat(PasswordLength.of("é".repeat(36))).isNull();
    assertThat(PasswordLength.of("é".repeat(37))).isEqualTo(Problem.TOO_LONG);
    assertThat(PasswordLength.of("😀".repeat(19))).isEqualTo(Problem.TOO_LONG);
  }
}
