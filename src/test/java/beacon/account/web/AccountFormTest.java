package beacon.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.account.Role;
import beacon.web.SentForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

class AccountFormTest {

  @Test
  void aPasswordNeedsTwelveCharactersAndNothingElse() {
    assertThat(errorsOfNew("aaaaaaaaaaa", true)).containsExactly("accounts.error.password.short");
    assertThat(errorsOfNew("aaaaaaaaaaaa", true)).isEmpty();
    assertThat(errorsOfNew("a".repeat(201), true)).containsExactly("accounts.error.password.long");
  }

  @Test
  void aPasswordIsRefusedOverTheSeventyTwoBytesBcryptReads() {
    assertThat(errorsOfNew("a".repeat(72), true)).isEmpty();
    assertThat(errorsOfNew("é".repeat(40), true)).containsExactly("accounts.error.password.long");
  }

  @Test
  void aPasswordMayBeLeftOutOnlyWhenPeopleSignInThroughSingleSignOn() {
    assertThat(errorsOfNew("", true)).containsExactly("accounts.error.password.missing");
    assertThat(errorsOfNew("", false)).isEmpty();
  }

  @Test
  void aUsernameHasLettersDigitsAndDotsUnderscoresHyphensAndAtSignsOnly() {
    AccountForm form = valid("a long enough password", "username", "jo.bloggs_1-x@council.gov.uk");
    assertThat(codes(form, true)).isEmpty();
    form = valid("a long enough password", "username", "jo bloggs");
    assertThat(codes(form, true)).containsExactly("accounts.error.username.characters");
    form = valid("a long enough password", "username", "taken");
    assertThat(codes(form, true)).containsExactly("accounts.error.username.taken");
  }

  @Test
  void anAdministratorCannotStopTheirOwnAccountNorTakeAwayTheirOwnRole() {
    AccountForm form = valid("", "role", "READER", "signIn", AccountForm.STOPPED);
    Errors errors = new BeanPropertyBindingResult(form, "form");

    form.validateChange(errors, rules(true), true);

    assertThat(errors.getFieldErrors().stream().map(FieldError::getCode))
        .containsExactly("accounts.error.role.own", "accounts.error.signIn.own");
  }

  private static List<String> errorsOfNew(String password, boolean passwordRequired) {
    return codes(valid(password), passwordRequired);
  }

  private static List<String> codes(AccountForm form, boolean passwordRequired) {
    Errors errors = new BeanPropertyBindingResult(form, "form");
    form.validateNew(errors, rules(passwordRequired));
    return errors.getFieldErrors().stream().map(FieldError::getCode).toList();
  }

  /** A valid account with this password, sent with these fields typed over its own. */
  private static AccountForm valid(String password, String... typed) {
    return SentForm.of(
        AccountForm.class,
        SentForm.typedOver(
            new String[] {
              "username", "jo",
              "name", "Jo Bloggs",
              "role", "CONTRIBUTOR",
              "organisation", "825",
              "password", password
            },
            typed));
  }

  private static AccountForm.Rules rules(boolean passwordRequired) {
    return new AccountForm.Rules() {
      @Override
      public List<Role> roles() {
        return List.of(Role.values());
      }

      @Override
      public boolean organisationAllowed(String choice) {
        return true;
      }

      @Override
      public boolean usernameTaken(String username) {
        return username.equals("taken");
      }

      @Override
      public boolean emailTaken(String email) {
        return false;
      }

      @Override
      public boolean passwordRequired() {
        return passwordRequired;
      }
    };
  }
}
