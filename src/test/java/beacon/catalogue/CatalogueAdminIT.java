package beacon.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.indicator.CatalogueChanges;
import beacon.indicator.Indicators;
import beacon.indicator.Portfolio;
import beacon.indicator.Portfolios;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.scorecard.Scorecards;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator keeps the catalogue: indicators, portfolios, priorities, themes, schemes. */
class CatalogueAdminIT extends BrowserTest {

  @Autowired TestCouncils councils;
  @Autowired Indicators indicators;
  @Autowired Portfolios portfolios;
  @Autowired Scorecards scorecards;

  private Locator label(String text) {
    return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
  }

  private void press(String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
  }

  /** A link, or a link styled as a button ("Add an indicator"). */
  private void clickLink(String name) {
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
        .or(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)))
        .click();
  }

  @Test
  void createsAnIndicatorAfterCorrectingAMissingTitleThenEditsItKeepingTheHistory() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    visit("/organisations/" + council.code() + "/catalogue");
    assertAccessible();
    clickLink("Add an indicator");
    assertThat(page.locator("h1")).hasText("Add an indicator");
    assertAccessible();

    label("Code").fill("NEW 1");
    label("Higher is better").check();
    label("Percentage").check();
    label("Financial quarter").check();
    page.locator("#priority").selectOption("Safe children");
    page.locator("#theme").selectOption("Assessment");
    label("First year reported (optional)").fill("2024/25");
    press("Save");

    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
    assertThat(page.locator(".govuk-error-summary a[href='#title']")).isVisible();
    assertThat(page).hasTitle("Error: Add an indicator - Beacon");
    assertThat(label("Code")).hasValue("NEW 1");
    assertThat(indicators.withCode(council.id(), "NEW 1")).isEmpty();
    assertAccessible();

    label("Title").fill("Assessments completed in 45 days");
    press("Save");

    assertThat(page.locator(".govuk-notification-banner")).containsText("Indicator NEW 1 saved");
    assertThat(page.locator("#indicators ~ div table"))
        .containsText("Assessments completed in 45 days");
    assertThat(indicators.withCode(council.id(), "NEW 1").orElseThrow().reportedFrom())
        .isEqualTo("2024-25");
    assertAccessible();

    clickLink("Change NEW 1");
    assertThat(label("Title")).hasValue("Assessments completed in 45 days");
    label("Title").fill("Assessments within 45 working days");
    page.locator("#theme").selectOption("");
    label("Reason for the change (optional)").fill("Wording of the 2024 guidance");
    press("Save");
    clickLink("Change NEW 1");

    Locator history = page.locator("#history + table");
    assertThat(history).containsText(accounts.administrator().account().name());
    assertThat(history).containsText("Wording of the 2024 guidance");
    assertThat(history)
        .containsText(
            "Title: was \u201cAssessments completed in 45 days\u201d, now \u201cAssessments within 45 working days\u201d");
    assertThat(history).containsText("Theme: was \u201cAssessment\u201d, now \u201c\u2014\u201d");
    assertThat(history).containsText("Created");
    assertAccessible();
  }

  @Test
  void refusesACodeAnotherIndicatorHasAndAThemeOfAnotherPriority() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    visit("/organisations/" + council.code() + "/catalogue/indicators/new");
    label("Code").fill("X1");
    label("Title").fill("Another");
    page.locator("#theme").selectOption("Assessment");
    press("Save");

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("There is already an indicator with code X1");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Choose the priority of the theme, or no theme");
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose a unit");
    assertAccessible();
  }

  @Test
  void createsAPortfolioAPriorityAndATheme() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    visit("/organisations/" + council.code() + "/catalogue/portfolios/new");
    assertAccessible();
    label("Name").fill("Education");
    label("Cabinet member (optional)").fill("Cllr Learner");
    press("Save");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Portfolio Education saved");
    assertThat(page.locator("#portfolios ~ table").first()).containsText("Cllr Learner");

    clickLink("Add a priority");
    press("Save");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the priority");
    assertAccessible();
    label("Name").fill("Good schools");
    press("Save");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Priority Good schools saved");

    clickLink("Add a theme to Good schools");
    assertAccessible();
    label("Name").fill("Attendance");
    press("Save");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Theme Attendance saved");
    assertThat(page.locator("#priorities ~ table").first()).containsText("Attendance");
    assertAccessible();
  }

  @Test
  void previewsHowARelativeBandWouldRateBeforeSavingIt() {
    FinancialQuarter q1 = new FinancialQuarter(2024, 1);
    TestCouncils.TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", q1, "75");
    visit("/organisations/" + council.code() + "/catalogue/schemes/new");
    assertAccessible();
    press("Save");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the scheme");
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose the kind of scheme");
    assertAccessible();

    label("Name").fill("Relative 10%");
    page.getByLabel("Relative band").check();
    label("Band").fill("10");
    label("Day").fill("1");
    label("Month").fill("4");
    label("Year").fill("2024");
    press("Preview ratings");

    Locator row = page.locator("#preview tr[data-code='X1']");
    assertThat(row.locator("td").nth(2)).hasText("Red");
    assertThat(row.locator("td").nth(3)).containsText("Amber");
    assertThat(page.locator("#preview-summary")).containsText("1 rating would change");
    assertThat(page.locator("#preview-summary")).containsText("1 Red to Amber");
    assertThat(scorecards.forPeriod(council.code(), q1).indicators().get(0).rag())
        .isEqualTo(Rag.RED);
    assertAccessible();

    press("Save");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("RAG scheme Relative 10% saved");
    assertThat(page.locator("#schemes ~ table").first()).containsText("1 April 2024");
    assertThat(scorecards.forPeriod(council.code(), q1).indicators().get(0).rag())
        .isEqualTo(Rag.AMBER);
    assertAccessible();
  }

  @Test
  void previewsABandWhoseAmberDependsOnTheSameQuarterLastYear() {
    FinancialQuarter q1 = new FinancialQuarter(2024, 1);
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", new FinancialQuarter(2023, 1), "65")
            .withValue("X1", q1, "70");
    visit("/organisations/" + council.code() + "/catalogue/schemes/new");

    label("Name").fill("Havering 2013/14");
    page.getByLabel("Band with direction of travel").check();
    label("Band").fill("10");
    label("Day").fill("1");
    label("Month").fill("4");
    label("Year").fill("2024");
    press("Preview ratings");

    Locator row = page.locator("#preview tr[data-code='X1']");
    assertThat(row.locator("td").nth(2)).hasText("Red");
    assertThat(row.locator("td").nth(3)).containsText("Amber");
    assertThat(row)
        .containsText(
            "Amber: 70% is more than 10% below the target of 80% (Green to 72%) but improved on"
                + " 65% in Q1 2023/24");
    assertAccessible();
  }

  @Test
  void setsLincolnshiresTargetRangeTwoPointsBelowAndOneAboveAfterBeingToldWhatIsMissing() {
    FinancialQuarter q1 = new FinancialQuarter(2024, 1);
    TestCouncils.TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", q1, "79");
    visit("/organisations/" + council.code() + "/catalogue/schemes/new");

    label("Name").fill("Lincolnshire attainment");
    page.getByLabel("Target range").check();
    label("Band").fill("2");
    label("Day").fill("1");
    label("Month").fill("4");
    label("Year").fill("2024");
    press("Preview ratings");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter how far the target range reaches above the target, such as 1");
    assertAccessible();

    label("Range above the target").fill("1");
    press("Preview ratings");
    Locator row = page.locator("#preview tr[data-code='X1']");
    assertThat(row.locator("td").nth(2)).hasText("Red");
    assertThat(row.locator("td").nth(3)).containsText("Green");
    assertThat(row)
        .containsText(
            "Green: 79% is within the target range of 78% to 81% (2 percentage points below the"
                + " target of 80% to 1 above it): achieved (good to be high)");
    assertAccessible();

    press("Save");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("RAG scheme Lincolnshire attainment saved");
    assertThat(page.locator("#schemes ~ table").first()).containsText("2 points below to 1 above");
    assertThat(scorecards.forPeriod(council.code(), q1).indicators().get(0).rag())
        .isEqualTo(Rag.GREEN);
  }

  @Test
  void previewsAnAgeLimitThatLeavesAnOldValueUnrated() {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", new FinancialQuarter(2024, 1), "85")
            .withQuarterlyIndicator("X2", "80")
            .withValue("X2", new FinancialQuarter(2024, 3), "85");
    visit("/organisations/" + council.code() + "/catalogue/schemes/new");

    label("Name").fill("Fresh figures");
    page.getByLabel("Two states").check();
    label("Age limit in periods (optional)").fill("1");
    label("Day").fill("1");
    label("Month").fill("4");
    label("Year").fill("2024");
    press("Preview ratings");

    Locator row = page.locator("#preview tr[data-code='X1']");
    assertThat(row.locator("td").nth(2)).hasText("Green");
    assertThat(row.locator("td").nth(3)).containsText("Not rated");
    assertThat(row)
        .containsText("the value is for Q1 2024/25, more than 1 quarter behind Q3 2024/25");
    assertThat(page.locator("#preview tr[data-code='X2'] td").nth(3)).containsText("Green");
    assertAccessible();
  }

  @Test
  void anIndicatorIsGivenASchemeOfItsOwnAndItEnds() {
    FinancialQuarter q1 = new FinancialQuarter(2024, 1);
    TestCouncils.TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", q1, "75");
    visit("/organisations/" + council.code() + "/catalogue/indicators/X1/edit");
    clickLink("Rate this indicator by a RAG scheme of its own");
    assertThat(page.locator("h1")).hasText("RAG schemes of indicator X1");
    assertThat(page.locator("main")).containsText("X1 has no scheme of its own");
    assertAccessible();

    press("Put it in force");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Choose one of the organisation's schemes");
    assertAccessible();
    page.getByLabel("Two states").check();
    label("Day").fill("1");
    label("Month").fill("4");
    label("Year").fill("2024");
    press("Put it in force");

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The scheme Two states rates X1 from 1 April 2024");
    assertThat(page.locator("#own-schemes")).containsText("1 April 2024");
    assertAccessible();
    press("End the scheme Two states from 1 April 2024");
    assertThat(page.locator(".govuk-notification-banner")).containsText("X1 is rated as before it");
    assertThat(page.locator("main")).containsText("X1 has no scheme of its own");
  }

  @Test
  void previewsAnotherSchemeOnADemoCouncilWithoutSavingIt() {
    visit("/organisations/825/catalogue/schemes/new");
    label("Name").fill("Preview only");
    page.getByLabel("Two states").check();
    label("Day").fill("2");
    label("Month").fill("4");
    label("Year").fill("2030");
    press("Preview ratings");

    assertThat(page.locator("#preview")).isVisible();
    assertThat(page.locator("#preview-summary")).containsText("Nothing has been saved");
    assertAccessible();
    visit("/organisations/825/catalogue");
    assertThat(page.locator("#schemes ~ table").first()).not().containsText("Preview only");
  }

  @Test
  void refusesAPortfolioEditOpenedBeforeSomeoneElseSavedItKeepingWhatWasTyped() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    Portfolio portfolio = portfolios.of(council.id()).get(0);
    visit("/organisations/" + council.code() + "/catalogue/portfolios/" + portfolio.id() + "/edit");
    portfolios.update(
        council.id(),
        portfolio.id(),
        portfolio.name(),
        "Cllr Theirs",
        null,
        new CatalogueChanges.Edit("B. Administrator", "New cabinet", 0));

    label("Cabinet member (optional)").fill("Cllr Mine");
    press("Save");

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("B. Administrator changed the cabinet member at ");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("your changes have not been saved");
    assertThat(page.locator("#history")).isVisible();
    assertThat(page.locator("#cabinetMember")).hasValue("Cllr Mine");
    assertAccessible();
    assertThat(portfolios.withId(council.id(), portfolio.id()).orElseThrow().cabinetMember())
        .isEqualTo("Cllr Theirs");
  }

  @Test
  void showsThePreviewWhereTheEyeIsRatherThanAtTheTopOfTheLongPage() {
    visit("/organisations/825/catalogue/schemes/new");
    label("Name").fill("Preview only");
    page.getByLabel("Two states").check();
    label("Day").fill("2");
    label("Month").fill("4");
    label("Year").fill("2030");
    press("Preview ratings");

    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#preview$"));
    assertThat(page.locator("#preview")).isInViewport();
    assertThat(page.locator("#preview")).isFocused();
    assertThat(page.locator("#preview-summary")).containsText("Nothing has been saved");
    assertAccessible();
  }

  @Test
  void anUnknownIndicatorOrSchemeIsPageNotFound() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    assertThat(
            page.navigate(
                    url("/organisations/" + council.code() + "/catalogue/indicators/NOPE/edit"))
                .status())
        .isEqualTo(404);
    assertThat(page.locator("main")).containsText("There is no indicator 'NOPE'");
    assertThat(
            page.navigate(
                    url("/organisations/" + council.code() + "/catalogue/schemes/999999/edit"))
                .status())
        .isEqualTo(404);
    assertThat(page.navigate(url("/organisations/nope/catalogue")).status()).isEqualTo(404);
  }
}
