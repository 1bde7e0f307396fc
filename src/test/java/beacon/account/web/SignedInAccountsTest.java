package beacon.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.account.Account;
import beacon.account.Role;
import beacon.account.SignedIn;
import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A handler that records who saves is handed the signed-in account; with no one signed in it is not
 * reached at all, so nothing can be saved, approved or published in no one's name.
 */
class SignedInAccountsTest {

  private final SignedInAccounts.Resolver resolver = new SignedInAccounts.Resolver();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void withNoOneSignedInAHandlerAskingWhoSavesIsRefused() throws Exception {
    assertThat(SignedIn.account()).isEmpty();

    assertThatThrownBy(() -> resolver.resolveArgument(accountParameter(), null, null, null))
        .isInstanceOf(SignedInAccounts.NotSignedInException.class);
  }

  @Test
  void aHandlerAskingWhoSavesIsHandedTheSignedInAccount() throws Exception {
    Account lead = new Account(7, "a.lead", "A. Lead", Role.CONTRIBUTOR, 1L);
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(new Signed(lead), null));

    assertThat(resolver.supportsParameter(accountParameter())).isTrue();
    assertThat(resolver.resolveArgument(accountParameter(), null, null, null)).isEqualTo(lead);
  }

  private static MethodParameter accountParameter() throws NoSuchMethodException {
    Method handler = SignedInAccountsTest.class.getDeclaredMethod("handler", Account.class);
    return new MethodParameter(handler, 0);
  }

  @SuppressWarnings("unused")
  private static void handler(Account signedIn) {}

  private record Signed(Account account) implements SignedIn.HasAccount {}
}
