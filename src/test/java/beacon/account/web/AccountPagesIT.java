package beacon.account.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.Account;
import beacon.account.Accounts;
import beacon.account.AdministratorPages;
import beacon.account.Role;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administrators add accounts, give them a role and an organisation, assign a contributor what they
 * enter figures for, set new passwords and stop sign-ins; an organisation's administrator manages
 * only that organisation's accounts.
 */
class AccountPagesIT extends BrowserTest {

  private static final String NEW_PASSWORD = "a different long password";

  @Autowired TestCouncils councils;
  @Autowired Accounts stored;

  @Test
  void anAdministratorAddsAContributorWhoEntersTheFiguresOfTheIndicatorAssignedAndNoOther() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("A1", "80").withQuarterlyIndicator("A2", "80");
    String username = "contributor." + council.code().toLowerCase();

    visit("/accounts");
    assertThat(page.locator("h1")).hasText("Accounts");
    assertAccessible();
    page.getByText("Add an account").click();
    assertThat(page.locator("h1")).hasText("Add an account");
    assertAccessible();

    page.getByLabel("Username").fill(username);
    page.getByLabel("Full name").fill("Casey Contributor");
    page.getByLabel("Email address (optional)").fill(username + "@example.gov.uk");
    page.getByLabel("Contributor", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Organisation").selectOption(council.code());
    page.getByLabel("Password").fill(TestAccounts.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account")).click();

    assertThat(page.locator(".govuk-notification-banner")).containsText("The account was added");
    assertThat(page.locator("h1")).hasText("Casey Contributor");
    assertThat(page.locator("#account-state")).containsText("Active");
    assertAccessible();
    page.getByLabel("Indicator code").fill("A1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
    assertThat(page.locator("#assignment-list")).containsText("A1 Indicator A1");
    assertAccessible();

    Account added = stored.withUsername(username).orElseThrow();
    assertThat(added.role()).isEqualTo(Role.CONTRIBUTOR);
    assertThat(added.organisationId()).isEqualTo(council.id());
    signIn(new TestAccount(added, null));
    Response own = page.navigate(url(indicator(council, "A1") + "/value"));
    assertThat(own.status()).isEqualTo(200);
    assertThat(page.locator("h1")).containsText("A1 Indicator A1");
    Response other = page.navigate(url(indicator(council, "A2") + "/value"));
    assertThat(other.status()).isEqualTo(403);
  }

  @Test
  void aRemovedAssignmentNoLongerLetsTheContributorEnterFigures() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("R1", "80");
    TestAccount contributor = accounts.contributorOf(council.code(), "R1");

    visit("/accounts/" + contributor.account().id());
    assertThat(page.locator("#assignment-list")).containsText("R1 Indicator R1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove R1 Indicator R1"))
        .click();

    assertThat(page.locator(".govuk-notification-banner")).containsText("Removed");
    assertThat(page.locator("#assignments")).isVisible();
    assertThat(page.locator("#assignment-list")).hasCount(0);
    signIn(contributor);
    assertThat(page.navigate(url(indicator(council, "R1") + "/value")).status()).isEqualTo(403);
  }

  @Test
  void showsEveryErrorOfANewAccountAndAddsNothing() {
    String taken = accounts.reader().username();
    int before = stored.all(null).size();
    visit("/accounts/new");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account")).click();

    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Add an account"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a username");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the full name");
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose a role");
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose an organisation");
    assertThat(page.locator("#name-error")).containsText("Enter the full name");
    assertAccessible();

    page.getByLabel("Username").fill("not allowed!");
    page.getByLabel("Full name").fill("Someone");
    page.getByLabel("Email address (optional)").fill("not an address");
    page.getByLabel("Reader", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Organisation").selectOption("every");
    page.getByLabel("Password").fill("too short");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account")).click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("The username must contain only letters, digits and . _ - @");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter an email address in the correct format");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("The password must be at least 12 characters");
    assertThat(page.getByLabel("Full name")).hasValue("Someone");
    assertThat(page.getByLabel("Password")).hasValue("");

    page.getByLabel("Username").fill(taken.toUpperCase());
    page.getByLabel("Email address (optional)").fill("");
    page.getByLabel("Password").fill(TestAccounts.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account")).click();

    assertThat(page.locator(".govuk-error-summary"))
        .hasText(
            java.util.regex.Pattern.compile(
                "There is already an account with the username " + taken.toUpperCase()));
    assertAccessible();
    assertThat(stored.all(null)).hasSize(before);
  }

  @Test
  void anOrganisationsAdministratorManagesOnlyThatOrganisationsAccounts() {
    TestCouncil own = councils.aCouncil();
    TestCouncil other = councils.aCouncil();
    TestAccount administrator = accounts.make(Role.ADMINISTRATOR, own.code());
    TestAccount colleague = accounts.make(Role.READER, own.code());
    TestAccount stranger = accounts.make(Role.READER, other.code());
    signIn(administrator);

    visit("/accounts");
    assertThat(page.locator("#accounts")).containsText(colleague.account().name());
    assertThat(page.locator("#accounts")).not().containsText(stranger.account().name());
    assertThat(page.locator("#accounts")).not().containsText(accounts.administrator().username());
    assertAccessible();
    assertThat(page.navigate(url("/accounts/" + stranger.account().id())).status()).isEqualTo(404);

    visit("/accounts/new");
    assertThat(page.locator("select#organisation")).hasCount(0);
    assertThat(page.locator("main")).containsText("Test council " + own.code());
    assertAccessible();
    page.getByLabel("Username").fill("officer." + own.code().toLowerCase());
    page.getByLabel("Full name").fill("Olive Officer");
    page.getByLabel("Performance officer", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Password").fill(TestAccounts.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account")).click();

    assertThat(page.locator(".govuk-notification-banner")).containsText("The account was added");
    Account added = stored.withUsername("officer." + own.code().toLowerCase()).orElseThrow();
    assertThat(added.organisationId()).isEqualTo(own.id());
  }

  @Test
  void anAdministratorCannotStopTheirOwnAccountNorRemoveTheirOwnRole() {
    TestAccount administrator = accounts.make(Role.ADMINISTRATOR, null);
    signIn(administrator);
    visit("/accounts/" + administrator.account().id());
    assertThat(page.locator("#role-own")).hasText("You cannot remove your own administrator role");
    assertThat(page.locator("#signIn-own")).hasText("You cannot stop your own account");

    page.getByLabel("Reader", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Stopped").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("You cannot remove your own administrator role");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("You cannot stop your own account");
    assertAccessible();
    assertThat(stored.withId(administrator.account().id()).orElseThrow().role())
        .isEqualTo(Role.ADMINISTRATOR);
  }

  @Test
  void fiveFailedSignInsLockAnAccountUntilAnAdministratorSetsANewPassword() {
    TestCouncil council = councils.aCouncil();
    TestAccount reader = accounts.make(Role.READER, council.code());

    context.clearCookies();
    for (int attempt = 1; attempt <= 5; attempt++) {
      signInThroughThePage(reader.username(), "not the password " + attempt);
      assertThat(page.locator(".govuk-error-summary"))
          .containsText("Enter a correct username and password");
    }
    signInThroughThePage(reader.username(), TestAccounts.PASSWORD);
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter a correct username and password");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("After 5 failed attempts from one place");
    assertAccessible();

    signIn(accounts.administrator());
    visit("/accounts");
    assertThat(page.locator("#account-" + reader.account().id())).containsText("Locked until");
    visit("/accounts/" + reader.account().id());
    page.getByLabel("New password (optional)").fill(NEW_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The account was saved");
    assertThat(page.locator("#account-state")).containsText("Active");

    context.clearCookies();
    signInThroughThePage(reader.username(), NEW_PASSWORD);
    assertThat(page.locator(".beacon-account__name")).hasText(reader.account().name());
  }

  @Test
  void aStoppedAccountCannotSignInAndIsToldNoMoreThanAWrongPasswordIs() {
    TestAccount reader = accounts.make(Role.READER, null);
    visit("/accounts/" + reader.account().id());
    page.getByLabel("Stopped").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
    assertThat(page.locator("#account-state")).containsText("Stopped");

    context.clearCookies();
    signInThroughThePage(reader.username(), TestAccounts.PASSWORD);
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter a correct username and password");
  }

  @Test
  void anAdministratorWhoSetsTheirOwnNewPasswordIsSignedOutAndSignsInAgainWithIt() {
    TestAccount own = accounts.make(Role.ADMINISTRATOR, null);
    signIn(own);
    visit("/accounts/" + own.account().id());
    page.getByLabel("New password (optional)").fill(NEW_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("You have been signed out everywhere, because your account was changed");
    assertAccessible();
    signInThroughThePage(own.username(), NEW_PASSWORD);
    assertThat(page.locator(".beacon-account__name")).hasText(own.account().name());
  }

  @Test
  void aFormOpenedBeforeAnotherAdministratorSavedIsRefusedSayingWhoChangedWhat() {
    TestAccount reader = accounts.make(Role.READER, null);
    TestAccount other = accounts.make(Role.ADMINISTRATOR, null);
    visit("/accounts/" + reader.account().id());
    AdministratorPages someoneElse = AdministratorPages.signIn(port, other);
    someoneElse.save(
        reader.account(),
        "every",
        someoneElse.open(reader.account().id()),
        "role",
        "CONTRIBUTOR",
        "signIn",
        "stopped");

    page.getByLabel("Full name").fill("Renamed Too Late");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText(other.account().name() + " changed its role and sign-in at ");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Nothing you sent has been saved");
    assertThat(page.getByLabel("Full name")).hasValue(reader.account().name());
    assertThat(page.getByLabel("Stopped")).isChecked();
    assertAccessible();
    assertThat(stored.withId(reader.account().id()).orElseThrow().name())
        .isEqualTo(reader.account().name());
  }

  private void signInThroughThePage(String username, String password) {
    visit("/sign-in");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true))
        .click();
    page.waitForLoadState();
  }

  private static String indicator(TestCouncil council, String code) {
    return "/organisations/" + council.code() + "/indicators/" + code;
  }
}
