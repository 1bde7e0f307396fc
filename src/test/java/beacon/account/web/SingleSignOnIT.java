package beacon.account.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts.TestAccount;
import beacon.account.Account;
import beacon.account.Accounts;
import beacon.account.Role;
import beacon.web.BrowserTest;
import beacon.web.TestSignOnProvider;
import beacon.web.TestSignOnProvider.Person;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing in through the organisation's own sign-in (OpenID Connect): the identity is linked the
 * first time to the account with its email or username, and Beacon never makes an account itself.
 */
class SingleSignOnIT extends BrowserTest {

  @Autowired Accounts stored;
  @Autowired JdbcClient db;

  private final TestSignOnProvider provider = TestSignOnProvider.provider();

  @Override
  protected TestAccount signedInAs() {
    return null;
  }

  @Test
  void signsInAsTheAccountWithTheIdentitysEmailAndLinksThemForNextTime() {
    String name = unique("sam");
    Account account = add(name, name + "@example.gov.uk", Role.READER);
    String subject = UUID.randomUUID().toString();
    provider.signsInAs(new Person(subject, name.toUpperCase() + "@EXAMPLE.GOV.UK", null));

    signInWithTheProvider();

    assertThat(page.locator(".beacon-account__name")).hasText(account.name());
    assertThat(linkedIdentity(account)).isEqualTo(provider.issuer() + " " + subject);
    visit("/account/tokens");
    assertThat(page.locator("h1")).hasText("Your API tokens");

    context.clearCookies();
    provider.signsInAs(new Person(subject, "a.new.address@example.gov.uk", null));
    signInWithTheProvider();
    assertThat(page.locator(".beacon-account__name")).hasText(account.name());
  }

  @Test
  void findsTheAccountByItsUsernameFromThePreferredUsername() {
    String name = unique("pat") + "@council.example";
    Account account = add(name, null, Role.PERFORMANCE_OFFICER);
    provider.signsInAs(new Person(UUID.randomUUID().toString(), null, name));

    signInWithTheProvider();

    assertThat(page.locator(".beacon-account__name")).hasText(account.name());
  }

  @Test
  void anIdentityWithoutAnAccountIsSentBackToTheSignInPageAndNoAccountIsMade() {
    int before = stored.all(null).size();
    provider.signsInAs(
        new Person(UUID.randomUUID().toString(), unique("nobody") + "@example.gov.uk", null));

    signInWithTheProvider();

    assertThat(page).hasURL(url("/sign-in?error=sign-on"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("no Beacon account is linked to it");
    assertAccessible();
    assertThat(stored.all(null)).hasSize(before);
  }

  @Test
  void aStoppedAccountIsRefused() {
    String name = unique("stopped");
    Account account = add(name, name + "@example.gov.uk", Role.READER);
    db.sql("update account set disabled_at = now() where id = :id")
        .param("id", account.id())
        .update();
    provider.signsInAs(new Person(UUID.randomUUID().toString(), name + "@example.gov.uk", null));

    signInWithTheProvider();

    assertThat(page).hasURL(url("/sign-in?error=stopped"));
    assertThat(page.locator(".govuk-error-summary")).containsText("This account has been stopped");
  }

  private void signInWithTheProvider() {
    visit("/sign-in");
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with Test sign-on"))
        .click();
    page.waitForLoadState();
  }

  private Account add(String username, String email, Role role) {
    return stored.add(username, "Person " + username, email, role, null, null, "test");
  }

  private String linkedIdentity(Account account) {
    return db.sql("select sign_on_identity from account where id = :id")
        .param("id", account.id())
        .query(String.class)
        .single();
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
