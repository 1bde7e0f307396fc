package beacon.entry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.CommentaryState;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.scorecard.CommentaryView;
import beacon.scorecard.Scorecards;
import beacon.targets.IndicatorTarget;
import beacon.targets.Targets;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import beacon.web.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Values, targets and commentary entered through their forms: errors named in the GOV.UK error
 * summary with nothing written, corrections keeping what they replace, and a form opened before
 * someone else saved refused.
 */
class DataEntryIT extends BrowserTest {

  static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired TestCouncils councils;
  @Autowired IndicatorValues values;
  @Autowired Targets targets;
  @Autowired Scorecards scorecards;

  @Test
  void recordsAValueThroughTheForm() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    visit(form(council, "value?period=2024-25-Q1"));
    assertThat(page.locator("h1")).containsText("Record the value for Q1 2024/25");
    assertThat(page.locator("h1")).containsText("X1 Indicator X1");
    assertAccessible();

    page.locator("#value").fill("75");
    save(page);

    page.waitForURL("**/indicators/X1?period=2024-25-Q1&saved=value");
    IndicatorValue recorded = values.current(council.indicatorId("X1"), Q1.code()).orElseThrow();
    assertThat(recorded.figure().number()).isEqualByComparingTo("75");
    assertThat(recorded.recordedBy()).isEqualTo(accounts.administrator().account().name());
    assertThat(rating(council)).isEqualTo(Rag.RED);
  }

  @Test
  void showsEveryErrorInTheSummaryAndWritesNothing() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    visit(form(council, "value"));
    assertThat(page.locator("h1")).containsText("Record a value");

    page.locator("#period").fill("March 2024");
    page.locator("#value").fill("83.5.1");
    save(page);

    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary)
        .containsText("Enter a period for this quarterly indicator, like Q4 2022/23");
    assertThat(summary).containsText("Enter the value as a number, like 83 or 83.5");
    assertThat(summary.locator("a[href='#period']")).isVisible();
    assertThat(page.locator("#value"))
        .hasClass(java.util.regex.Pattern.compile("govuk-input--error"));
    assertThat(page.locator("#value-error")).containsText("Enter the value as a number");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertAccessible();
    assertThat(values.seriesFor(council.indicatorId("X1"))).isEmpty();
  }

  @Test
  void refusesAValueForAPeriodThatHasNotEndedAndWritesNothing() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    visit(form(council, "value"));

    page.locator("#period").fill("Q1 2031/32");
    page.locator("#value").fill("80");
    save(page);

    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary.locator("a[href='#period']"))
        .hasText("The period must have ended: Q1 2031/32 ends on 30 June 2031");
    assertThat(page.locator("#period-error")).containsText("The period must have ended");
    assertAccessible();

    page.locator("#period").fill("Q3 2026/27");
    save(page);
    assertThat(summary.locator("a[href='#period']"))
        .hasText("The period must have ended: Q3 2026/27 ends on 31 December 2026");
    assertThat(values.seriesFor(council.indicatorId("X1"))).isEmpty();
  }

  @Test
  void refusesThirtyOutOfTwentyForAPercentageAndWritesNothing() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    visit(form(council, "value?period=2024-25-Q1"));

    page.locator("#numerator").fill("30");
    page.locator("#denominator").fill("20");
    save(page);

    assertThat(page.locator(".govuk-error-summary a[href='#numerator']"))
        .hasText("The numerator cannot be more than the denominator: 30 of 20 is more than 100%");
    assertThat(page.locator(".govuk-error-summary a[href='#value']")).hasCount(0);
    assertAccessible();
    assertThat(values.seriesFor(council.indicatorId("X1"))).isEmpty();

    page.locator("#numerator").fill("15");
    save(page);
    page.waitForURL("**/indicators/X1?period=2024-25-Q1&saved=value");
    assertThat(values.current(council.indicatorId("X1"), Q1.code()).orElseThrow().figure().number())
        .isEqualByComparingTo("75");
  }

  @Test
  void savingAValueForAYearTheCouncilDoesNotReportLandsOnTheIndicatorPage() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    visit(form(council, "value?period=2019-20-Q2"));

    page.locator("#value").fill("70");
    save(page);

    page.waitForURL("**/indicators/X1?period=2019-20-Q2&saved=value");
    assertThat(page.locator(".govuk-notification-banner--success")).isVisible();
    assertThat(page.locator("#rating ~ p").first())
        .containsText("X1 is not reported in Q2 2019/20");
    assertAccessible();
  }

  @Test
  void theFormsStartAtThePeriodBeingViewed() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    visit("/organisations/" + council.code() + "/indicators/X1?period=2024-25-Q1");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set a target")).click();
    assertThat(page.locator("h1")).containsText("Change the target for 2024/25");
    page.goBack();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a value")).click();
    assertThat(page.locator("h1")).containsText("Correct the value for Q1 2024/25");
    assertThat(page.locator("#value")).hasValue("75");

    visit("/organisations/825/indicators/CSC-ASSESS-45?period=2017-18-Q4");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a value")).click();
    assertThat(page.locator("h1")).containsText("Correct the value for Mar 2018");
    assertThat(page.locator("#value")).hasValue("83");
    visit("/organisations/825/indicators/CSC-ASSESS-45?period=2017-18-Q4");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set a target")).click();
    assertThat(page.locator("h1")).containsText("the target for 2017/18");
  }

  @Test
  void savingATargetReturnsToAPeriodTheCouncilReports() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    visit(form(council, "target?period=2024-25"));

    page.locator("#target").fill("70");
    page.locator("#reason").fill("Agreed by the board in May");
    save(page);

    page.waitForURL("**/indicators/X1?period=2024-25-Q1&saved=target");
    assertThat(page.locator("#rating-reason")).containsText("70%");
    assertThat(targets.history(council.indicatorId("X1"), "2024-25")).hasSize(2);
  }

  @Test
  void correctsAValueGivingTheReason() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    assertThat(rating(council)).isEqualTo(Rag.RED);
    visit(form(council, "value?period=2024-25-Q1"));
    assertThat(page.locator("h1")).containsText("Correct the value for Q1 2024/25");
    assertThat(page.locator(".govuk-inset-text"))
        .containsText("You are correcting the value recorded by test on");
    assertThat(page.locator("#value")).hasValue("75");
    assertAccessible();

    page.locator("#value").fill("82");
    save(page);

    assertThat(page.locator(".govuk-error-summary a[href='#reason']"))
        .hasText("Enter the reason for the correction");
    assertAccessible();
    assertThat(values.history(council.indicatorId("X1"), Q1.code())).hasSize(1);

    page.locator("#reason").fill("Late recording of 9 assessments");
    save(page);

    page.waitForURL("**saved=value");
    List<IndicatorValue> history = values.history(council.indicatorId("X1"), Q1.code());
    assertThat(history).hasSize(2);
    assertThat(history.get(0).figure().number()).isEqualByComparingTo("82");
    assertThat(history.get(0).recordedBy()).isEqualTo(accounts.administrator().account().name());
    assertThat(history.get(0).reason()).isEqualTo("Late recording of 9 assessments");
    assertThat(history.get(1).figure().number()).isEqualByComparingTo("75");
    assertThat(history.get(1).recordedBy()).isEqualTo("test");
    assertThat(rating(council)).isEqualTo(Rag.GREEN);
  }

  @Test
  void refusesAFormOpenedBeforeSomeoneElseSaved() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    Page mine = page;
    Page theirs = context.newPage();
    mine.navigate(url(form(council, "value?period=2024-25-Q1")));
    theirs.navigate(url(form(council, "value?period=2024-25-Q1")));

    correct(theirs, "84", "officer.two", "Late recording");
    theirs.waitForURL("**saved=value");
    correct(mine, "90", "officer.three", "Typing error");

    assertThat(mine.locator(".govuk-error-summary"))
        .containsText(
            "Someone else saved a value for Q1 2024/25 after you opened this form: 84% by"
                + " "
                + accounts.administrator().account().name()
                + " at ");
    assertThat(mine.locator(".govuk-error-summary"))
        .containsText("Check the value and save again.");
    assertThat(mine.locator(".govuk-inset-text"))
        .containsText("recorded by " + accounts.administrator().account().name());
    assertAccessible();
    List<IndicatorValue> history = values.history(council.indicatorId("X1"), Q1.code());
    assertThat(history).hasSize(2);
    assertThat(history.get(0).figure().number()).isEqualByComparingTo("84");

    save(mine);

    mine.waitForURL("**saved=value");
    assertThat(values.current(council.indicatorId("X1"), Q1.code()).orElseThrow().recordedBy())
        .isEqualTo(accounts.administrator().account().name());
    assertThat(values.history(council.indicatorId("X1"), Q1.code())).hasSize(3);
  }

  @Test
  void changesATargetKeepingTheOldOne() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    visit(form(council, "target?period=2024-25"));
    assertThat(page.locator("h1")).containsText("Change the target for 2024/25");
    assertThat(page.locator("#target")).hasValue("80");
    assertAccessible();

    page.locator("#tolerance").fill("-5");
    page.locator("#floor").fill("90");
    save(page);

    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("The tolerance cannot be less than 0");
    assertThat(summary).containsText("Enter the reason for the change");
    assertAccessible();
    page.locator("#tolerance").fill("5");
    save(page);
    assertThat(summary).containsText("Enter a floor below 75%, the target less its tolerance");
    assertThat(targets.history(council.indicatorId("X1"), "2024-25")).hasSize(1);

    page.locator("#floor").fill("60");
    page.locator("#reason").fill("Agreed by the board in May");
    save(page);

    page.waitForURL("**/indicators/X1?saved=target");
    List<IndicatorTarget> history = targets.history(council.indicatorId("X1"), "2024-25");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).target().tolerance()).isEqualByComparingTo("5");
    assertThat(history.get(0).target().floor()).isEqualByComparingTo("60");
    assertThat(history.get(0).reason()).isEqualTo("Agreed by the board in May");
    assertThat(history.get(1).target().value()).isEqualByComparingTo("80");
    assertThat(history.get(1).recordedBy()).isEqualTo("test");
  }

  @Test
  void writesCommentaryWithImprovementActions() {
    TestCouncil council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    visit(form(council, "commentary?period=2024-25-Q1"));
    assertThat(page.locator("h1")).containsText("Write the commentary for Q1 2024/25");
    assertAccessible();

    save(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the commentary");
    assertAccessible();

    page.locator("#narrative").fill("At the end of Q1, 75% were completed in time.");
    page.locator("#actions").fill("Audit the late assessments\nWeekly tracker in each team");
    page.getByLabel("Submitted").check();
    save(page);

    page.waitForURL("**/indicators/X1?period=2024-25-Q1&saved=commentary");
    CommentaryView commentary =
        scorecards.forPeriod(council.code(), Q1).indicators().get(0).commentary();
    assertThat(commentary.paragraphs())
        .containsExactly("At the end of Q1, 75% were completed in time.");
    assertThat(commentary.improvementActions())
        .containsExactly("Audit the late assessments", "Weekly tracker in each team");
    assertThat(commentary.state()).isEqualTo(CommentaryState.SUBMITTED);
  }

  @Test
  void anUnknownIndicatorOrCouncilIsPageNotFound() {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");

    Response noIndicator = page.navigate(url(form(council, "value").replace("X1", "X9")));
    assertThat(noIndicator.status()).isEqualTo(404);
    assertThat(page.locator("main")).containsText("There is no indicator 'X9'");
    Response noCouncil = page.navigate(url("/organisations/NOPE/indicators/X1/target"));
    assertThat(noCouncil.status()).isEqualTo(404);
  }

  private void correct(Page form, String value, String by, String reason) {
    form.locator("#value").fill(value);
    form.locator("#reason").fill(reason);
    save(form);
  }

  static void save(Page form) {
    form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
  }

  static String form(TestCouncil council, String path) {
    return "/organisations/" + council.code() + "/indicators/X1/" + path;
  }

  private Rag rating(TestCouncil council) {
    return scorecards.forPeriod(council.code(), Q1).indicators().get(0).rag();
  }
}
