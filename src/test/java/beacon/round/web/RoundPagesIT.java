package beacon.round.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.commentary.Commentaries;
import beacon.commentary.CommentaryState;
import beacon.round.CollectionRound;
import beacon.round.CollectionRounds;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import beacon.web.BrowserTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A performance officer opens a collection round, follows it, and signs off the commentary. */
class RoundPagesIT extends BrowserTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final DueDates PAST =
      new DueDates(LocalDate.of(2024, 7, 12), LocalDate.of(2024, 7, 26));

  @Autowired TestCouncils councils;
  @Autowired CollectionRounds rounds;
  @Autowired Commentaries commentaries;

  private TestCouncil council;

  @BeforeEach
  void aCouncilWithOneValueInAndOneToCome() {
    council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withQuarterlyIndicator("X2", "60")
            .withValue("X1", Q1, "75");
  }

  @Test
  void opensARoundFromTheFormSayingClearlyWhatIsWrong() {
    visit("/organisations/" + council.code() + "/rounds");
    assertThat(page.locator("#no-rounds")).isVisible();

    page.locator("#open-round-button").click();

    assertThat(page.locator(".govuk-error-summary")).containsText("Choose the reporting period");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the data is due");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the date the commentary is due");
    assertThat(page).hasTitle("Error: Collection rounds - Beacon");
    assertAccessible();

    page.locator("#period").selectOption(Q1.code());
    page.locator("#dataDueDay").fill("12");
    page.locator("#dataDueMonth").fill("7");
    page.locator("#dataDueYear").fill("2024");
    page.locator("#commentaryDueDay").fill("5");
    page.locator("#commentaryDueMonth").fill("7");
    page.locator("#commentaryDueYear").fill("2024");
    page.locator("#open-round-button").click();

    assertThat(page.locator("#commentaryDueDay-error"))
        .containsText("must be the same as or after the date the data is due");
    assertThat(page.locator("#period")).hasValue(Q1.code());

    page.locator("#commentaryDueDay").fill("26");
    page.getByLabel("Note (optional)").fill("For Cabinet in September");
    page.locator("#open-round-button").click();

    assertThat(page.locator("h1")).hasText("Collection round: Q1 2024/25");
    assertThat(page.locator("#saved")).containsText("was opened");
    assertThat(page.locator("#data-due")).hasText("12 July 2024");
    assertThat(page.locator("#commentary-due")).hasText("26 July 2024");
    assertThat(page.locator("#count-AWAITING_DATA")).hasText("1");
    assertThat(page.locator("#count-DATA_ENTERED")).hasText("1");
    assertAccessible();

    page.locator("text=All collection rounds").click();
    assertThat(page.locator("#rounds")).containsText("Q1 2024/25");
    assertThat(page.locator("#period option[value='" + Q1.code() + "']")).hasCount(0);
  }

  @Test
  void theOverviewMarksWhatIsOverdueAndFiltersToIt() {
    rounds.open(council.id(), Q1, PAST, "A. Officer", null);

    visit("/organisations/" + council.code() + "/rounds/" + Q1.code());

    assertThat(page.locator("#line-X1")).containsText("Data entered");
    assertThat(page.locator("#line-X2")).containsText("Awaiting data");
    assertThat(page.locator("#line-X2")).containsText("Overdue");
    assertThat(page.locator("#line-X2")).containsText("12 July 2024");
    assertThat(page.locator("#overdue-count")).containsText("2");
    assertThat(page.locator("#line-X2 a").first())
        .hasAttribute(
            "href",
            "/organisations/" + council.code() + "/indicators/X2/value?period=" + Q1.code());
    assertAccessible();

    page.locator("#filter-overdue").click();

    assertThat(page.locator("#indicators tbody tr")).hasCount(2);
    assertThat(page.locator("#indicators caption")).containsText("Overdue indicators");
  }

  @Test
  void changingTheDueDatesShowsTheEarlierOnes() {
    rounds.open(council.id(), Q1, PAST, "A. Officer", null);
    visit("/organisations/" + council.code() + "/rounds/" + Q1.code());

    page.locator("#dataDueDay").fill("19");
    page.getByLabel("Why the dates change (optional)").fill("Cabinet moved");
    page.locator("#change-dates-button").click();

    assertThat(page.locator("#data-due")).hasText("19 July 2024");
    assertThat(page.locator("#earlier-dates")).containsText("12 July 2024");
    assertThat(page.locator("#earlier-dates")).containsText("Cabinet moved");
    assertAccessible();
  }

  @Test
  void approvesSubmittedCommentaryFromItsReviewPage() {
    rounds.open(council.id(), Q1, PAST, "A. Officer", null);
    commentaries.add(
        council.indicatorId("X1"),
        Q1.code(),
        "Performance fell to 75%.",
        List.of("Audit the referrals"),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        null,
        "A. Lead");
    visit("/organisations/" + council.code() + "/rounds/" + Q1.code());
    assertThat(page.locator("#line-X1")).containsText("Commentary submitted");

    page.locator("#review-X1").click();
    assertThat(page.locator("#commentary")).containsText("Performance fell to 75%.");
    page.locator("#return").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter what needs to change");
    assertAccessible();
    page.locator("#approve").click();

    assertThat(page.locator("#saved")).containsText("The commentary of X1 was approved");
    assertThat(page.locator("#line-X1")).containsText("Approved");
    assertThat(page.locator("#count-APPROVED")).hasText("1");
  }

  @Test
  void refusesApprovingCommentaryResubmittedAfterTheSignOffPageWasOpened() {
    rounds.open(council.id(), Q1, PAST, "A. Officer", null);
    commentary("Performance fell to 75%.", "A. Lead");
    visit("/organisations/" + council.code() + "/rounds/" + Q1.code() + "/indicators/X1/approve");
    assertThat(page.locator("#commentary-value")).containsText("75% for Q1 2024/25");
    assertThat(page.locator("#commentary-target")).containsText("80%");
    assertThat(page.locator("#commentary-rating")).containsText("Red");

    commentary("Performance rose to 85% once the backlog cleared.", "B. Lead");
    page.locator("#approve").click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("B. Lead saved this commentary again at ");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("after you opened this page: the commentary changed.");
    assertThat(page.locator(".govuk-error-summary")).containsText("Nothing was approved");
    assertThat(page.locator("#commentary"))
        .containsText("Performance rose to 85% once the backlog cleared.");
    assertThat(page).hasTitle("Error: Approve the commentary of X1 for Q1 2024/25 - Beacon");
    assertAccessible();
    org.assertj.core.api.Assertions.assertThat(
            commentaries.current(council.indicatorId("X1"), Q1.code()).orElseThrow().state())
        .isEqualTo(CommentaryState.SUBMITTED);

    page.locator("#approve").click();

    assertThat(page.locator("#saved")).containsText("The commentary of X1 was approved");
  }

  @Test
  void refusesDueDatesChangedAfterTheRoundPageWasOpened() {
    CollectionRound round = rounds.open(council.id(), Q1, PAST, "A. Officer", null);
    visit("/organisations/" + council.code() + "/rounds/" + Q1.code());
    rounds.changeDueDates(
        round,
        new DueDates(LocalDate.of(2024, 7, 19), LocalDate.of(2024, 8, 2)),
        "B. Officer",
        "Cabinet moved",
        (long) round.datesVersion());

    page.locator("#dataDueDay").fill("15");
    page.locator("#change-dates-button").click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("B. Officer changed the due dates at ");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("the data is now due on 19 July 2024 and the commentary on 2 August 2024");
    assertThat(page.locator("#data-due")).hasText("19 July 2024");
    assertThat(page.locator("#dataDueDay")).hasValue("15");
    assertAccessible();
  }

  private void commentary(String narrative, String by) {
    commentaries.add(
        council.indicatorId("X1"),
        Q1.code(),
        narrative,
        List.of("Audit the referrals"),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        null,
        by);
  }

  @Test
  void leadsFromTheDashboardToTheRoundsAndToWhatIsDueFromWhoeverIsSignedIn() {
    visit("/organisations/" + council.code());
    page.locator("#rounds-page").click();
    assertThat(page.locator("h1")).hasText("Collection rounds");

    page.locator("#due-from-me").click();

    assertThat(page.locator("h1")).hasText("What is due from me");
    assertThat(page.locator("#nothing-due")).containsText("Nothing is due from you");
    assertAccessible();
  }
}
