package beacon.setup.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import beacon.TestAccounts;
import beacon.TestApi;
import beacon.TestCouncils;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator of every organisation sets up a council in the browser by its authority code, is
 * told what to do next, and changes its names; a mistyped code is refused saying why, on the field;
 * a council's own administrator is not offered the set-up.
 */
class SetUpYourCouncilIT extends BrowserTest {

  @Autowired TestCouncils councils;

  @Test
  void aCouncilIsSetUpByItsCodeAndItsSettingsSayWhatToDoNext() {
    visit("/");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up a council"))
        .click();

    assertThat(page.locator("h1")).hasText("Set up a council");
    assertAccessible();
    page.getByLabel("Authority code").fill("213");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the council"))
        .click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Westminster has been set up");
    assertThat(page.locator(".govuk-summary-list")).containsText("E09000033");
    assertThat(page.locator(".govuk-summary-list")).containsText("London");
    assertThat(
            page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                    .setName("Add its indicators, portfolios and RAG schemes in its catalogue")))
        .hasAttribute("href", "/organisations/213/catalogue");
    assertAccessible();

    page.getByLabel("Short name (optional)").fill("WCC");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings"))
        .click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The settings have been saved");
    assertThat(page.getByLabel("Short name (optional)")).hasValue("WCC");
  }

  @Test
  void aCodeNoAuthorityHasIsRefusedOnTheFieldSayingWhy() {
    visit("/organisations/new");
    page.getByLabel("Authority code").fill("999");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the council"))
        .click();

    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("There is no English local authority with the code 999");
    assertThat(page.locator("#code-error")).containsText("999");
    assertThat(page.getByLabel("Authority code")).hasValue("999");
    assertAccessible();
  }

  @Test
  void anOrganisationThatIsNotAnAuthorityIsSetUpWithACodeOfItsOwn() {
    visit("/organisations/new");
    page.getByText("Set up an organisation that is not a local authority").click();
    assertAccessible();
    page.getByLabel("Code").fill("ACT-PAGE");
    page.getByLabel("Name").fill("Achieving for Children");
    page.getByLabel("Region").selectOption("London");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the organisation"))
        .click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Achieving for Children has been set up");
    assertThat(page.locator(".govuk-summary-list")).containsText("Not a local authority");
  }

  @Test
  void aCouncilsOwnAdministratorIsNotOfferedTheSetUpButChangesItsNames() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    TestAccounts.TestAccount admin = accounts.administratorOf(council.code());
    signIn(admin);

    visit("/");
    assertThat(page.getByText("Set up a council")).hasCount(0);
    visit("/organisations/" + council.code() + "/catalogue");
    page.getByText("The council's settings").click();
    assertThat(page.locator("h1")).hasText("Settings of Test council " + council.code());
    assertAccessible();
    visit("/organisations/new");
    assertThat(page.locator("h1")).not().hasText("Set up a council");
  }

  @Test
  void settingsSavedByAnotherSinceTheFormWasOpenedAreRefusedSayingSoAndKeepWhatWasTyped()
      throws Exception {
    TestCouncils.TestCouncil council = councils.aCouncil();
    String settings = "/api/v1/organisations/" + council.code() + "/settings";
    visit("/organisations/" + council.code() + "/settings");
    page.getByLabel("Short name (optional)").fill("Typed");
    long version =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(TestApi.send(port, accounts.administrator(), "GET", settings, null).body())
            .get("version")
            .asLong();
    TestApi.send(
        port,
        accounts.administrator(),
        "PUT",
        settings,
        "{\"version\": " + version + ", \"name\": \"Renamed elsewhere\"}");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings"))
        .click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Someone else changed the names since you opened this form");
    assertThat(page.getByLabel("Short name (optional)")).hasValue("Typed");
    assertAccessible();
  }
}
