package beacon.publishing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.Commentaries;
import beacon.commentary.CommentaryState;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Figure;
import beacon.value.IndicatorValues;
import beacon.value.NewValue;
import beacon.web.BrowserTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Committee papers made, got and published from the papers page, as a clerk does. */
class PapersPageIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;
  @Autowired Commentaries commentaries;

  private TestCouncil council;

  @BeforeEach
  void aCouncilWithAnIndicatorBelowItsTarget() {
    council = councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
  }

  /** axe-core checks the page; the variant without JavaScript leaves that to this class. */
  protected void checkAccessible() {
    assertAccessible();
  }

  @Test
  void leadsFromTheDashboardToThePeriodsExceptionsPaper() {
    visit("/organisations/825?period=2018-19-Q2");
    page.locator("#papers-page").click();

    assertThat(page.locator("h1")).containsText("Committee papers");
    assertThat(page.locator("#period")).hasValue("2018-19-Q2");
    assertThat(page.locator("#paper-pdf"))
        .hasAttribute(
            "href", "/api/v1/organisations/825/reports/exceptions?period=2018-19-Q2&format=pdf");
    checkAccessible();
  }

  @Test
  void makesTheLinksOfTheLayoutPeriodAndPortfolioChosen() {
    visit("/organisations/825/papers");

    page.getByLabel("Scorecard", new Page.GetByLabelOptions().setExact(true)).check();
    page.locator("#period").selectOption("2018-19-Q2");
    page.locator("#show-paper").click();
    assertThat(page.locator("#portfolio-hint"))
        .containsText("The portfolios reported in Q2 2018/19");
    page.locator("#portfolio").selectOption("Education Portfolio");
    page.locator("#show-paper").click();

    assertThat(page.locator("#chosen-paper"))
        .hasText("Scorecard paper for Q2 2018/19, Education Portfolio");
    assertThat(page.locator("#paper-csv"))
        .hasAttribute(
            "href",
            "/api/v1/organisations/825/reports/scorecard?period=2018-19-Q2&portfolio=Education%20Portfolio&format=csv");
    APIResponse csv = page.request().get(url(page.locator("#paper-csv").getAttribute("href")));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text()).contains("Education").doesNotContain("Children's Services Portfolio");
  }

  @Test
  void aCommitteeSummaryCarriesItsFrontSheet() {
    visit("/organisations/872/papers");

    page.getByLabel("Committee summary").check();
    page.getByLabel("Committee", new Page.GetByLabelOptions().setExact(true))
        .fill("Children's Services Overview and Scrutiny Committee");
    page.getByLabel("Meeting date").fill("2017-09-12");
    page.locator("#show-paper").click();

    assertThat(page.locator("#paper-html"))
        .hasAttribute(
            "href",
            Pattern.compile(
                "/api/v1/organisations/872/reports/committee-summary\\?period=2017-18-Q1&format=html"
                    + "&committee=Children%27s%20Services%20Overview%20and%20Scrutiny%20Committee"
                    + "&meeting=2017-09-12$"));
    assertThat(page.locator("#committee"))
        .hasValue("Children's Services Overview and Scrutiny Committee");
  }

  @Test
  void aMeetingDateThatIsNoDateIsShownInTheErrorSummary() {
    visit("/organisations/872/papers?layout=committee-summary&meeting=12th+September");

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the meeting date as year, month and day, like 2017-09-12");
    assertThat(page.locator("#paper-pdf")).hasCount(0);
    checkAccessible();
  }

  @Test
  void publishesAPaperThatKeepsItsFiguresWhenOneIsCorrected() {
    visit("/organisations/" + council.code() + "/papers");
    assertThat(page.locator("#period")).hasValue(Q1.code());

    page.getByLabel("Note (optional)").fill("For Cabinet on 3 July");
    page.locator("#publish-paper").click();

    assertThat(page).hasURL(Pattern.compile("/papers/[A-Za-z0-9_-]{12}$"));
    assertThat(page.locator("h1")).containsText("Exceptions paper, Q1 2024/25");
    assertThat(page.locator("#published-when"))
        .containsText("by " + accounts.administrator().account().name());
    assertThat(page.locator("#published-note")).hasText("For Cabinet on 3 July");
    assertThat(page.locator("#unchanged")).isVisible();
    checkAccessible();
    String permanent = page.url();

    values.record(
        new NewValue(
            council.indicatorId("X1"),
            Q1,
            Figure.of(new BigDecimal("82")),
            null,
            null,
            false,
            null,
            null),
        "X1",
        "officer.two",
        "Late recording of 9 assessments");
    page.navigate(permanent);

    assertThat(page.locator("#newer-figures")).containsText("Newer figures exist");
    assertThat(page.locator("#differences tbody tr").first()).containsText("Indicator X1");
    assertThat(page.locator("#differences")).containsText("75%");
    assertThat(page.locator("#differences")).containsText("82%");
    checkAccessible();
    APIResponse csv = page.request().get(url(page.locator("#file-csv").getAttribute("href")));
    assertThat(csv.text()).contains("75%").doesNotContain("82%");

    page.locator("text=Make or publish another paper").click();
    assertThat(page.locator("#published-papers"))
        .containsText(accounts.administrator().account().name());
    page.locator("#published-papers a").first().click();
    assertThat(page).hasURL(permanent);
  }

  @Test
  void refusesToPublishCommentaryNotYetApprovedNamingTheIndicator() {
    commentaries.add(
        council.indicatorId("X1"),
        Q1.code(),
        "Performance fell to 75%.",
        List.of(),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        null,
        "A. Lead");
    visit("/organisations/" + council.code() + "/papers");

    page.locator("#publish-paper").click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("commentary for Q1 2024/25 that is not approved yet: X1 Indicator X1");
    assertThat(page.locator("#no-published-papers")).isVisible();
    checkAccessible();
  }

  @Test
  void anUnknownPaperIsNotFound() {
    visit("/papers/no-such-paper");

    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.locator("main")).containsText("No paper has been published as 'no-such-paper'");
  }
}
