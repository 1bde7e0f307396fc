package beacon.round.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import beacon.TestAccounts.TestAccount;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.Role;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.round.CollectionRound;
import beacon.round.CollectionRounds;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import beacon.web.OpenedForm;
import beacon.web.SignedInSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The round's forms, opened by one officer before another saved, are refused saying who saved what
 * and when; nothing is written, and the form keeps what was typed. The sign-off page shows the
 * figure the commentary is about, and approves or returns only the version it shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleRoundFormsIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final DueDates DATES =
      new DueDates(LocalDate.of(2024, 7, 12), LocalDate.of(2024, 7, 26));

  @LocalServerPort int port;
  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired CollectionRounds rounds;
  @Autowired Commentaries commentaries;

  private TestCouncil council;
  private CollectionRound round;
  private SignedInSession first;
  private SignedInSession second;
  private TestAccount secondOfficer;
  private String overview;
  private String approve;

  @BeforeEach
  void aRoundAndTwoOfficersOfItsCouncil() {
    council = councils.aCouncil().withQuarterlyIndicator("X1", "80").withValue("X1", Q1, "75");
    round = rounds.open(council.id(), Q1, DATES, "A. Officer", null);
    TestAccount firstOfficer = accounts.make(Role.PERFORMANCE_OFFICER, council.code());
    secondOfficer = accounts.make(Role.PERFORMANCE_OFFICER, council.code());
    first = SignedInSession.signIn(port, firstOfficer.username(), TestAccounts.PASSWORD);
    second = SignedInSession.signIn(port, secondOfficer.username(), TestAccounts.PASSWORD);
    overview = "/organisations/" + council.code() + "/rounds/" + Q1.code();
    approve = overview + "/indicators/X1/approve";
  }

  @Test
  void refusesDueDatesFromAPageOpenedBeforeSomeoneElseChangedThem() {
    OpenedForm mine = OpenedForm.on(first, overview, overview);
    HttpResponse<String> theirs =
        OpenedForm.on(second, overview, overview)
            .send("dataDueDay", "19", "reason", "Cabinet moved");
    assertThat(theirs.statusCode()).isEqualTo(302);

    HttpResponse<String> answer =
        mine.send("dataDueDay", "22", "commentaryDueDay", "30", "reason", "The data came late");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondOfficer.account().name())
        .contains("19 July 2024")
        .contains("26 July 2024")
        .contains("after you opened this page");
    CollectionRound now = rounds.find(council.id(), Q1).orElseThrow();
    assertThat(now.dueDates())
        .isEqualTo(new DueDates(LocalDate.of(2024, 7, 19), LocalDate.of(2024, 7, 26)));
    assertThat(now.datesSetBy()).isEqualTo(secondOfficer.account().name());
    assertThat(rounds.earlierDueDates(round.id())).hasSize(1);
    OpenedForm shownAgain = OpenedForm.of(first, answer.body(), overview);
    assertThat(shownAgain.fields())
        .containsEntry("dataDueDay", "22")
        .containsEntry("commentaryDueDay", "30")
        .containsEntry("reason", "The data came late");

    assertThat(shownAgain.send().statusCode()).isEqualTo(302);
    assertThat(rounds.find(council.id(), Q1).orElseThrow().dueDates())
        .isEqualTo(new DueDates(LocalDate.of(2024, 7, 22), LocalDate.of(2024, 7, 30)));
  }

  @Test
  void refusesDueDatesSentWithoutTheVersionTheyReplace() {
    OpenedForm.on(second, overview, overview).send("dataDueDay", "19");
    OpenedForm mine = OpenedForm.on(first, overview, overview).without("version");

    HttpResponse<String> answer = mine.send("dataDueDay", "22");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondOfficer.account().name());
    assertThat(rounds.find(council.id(), Q1).orElseThrow().dueDates().dataDue())
        .isEqualTo(LocalDate.of(2024, 7, 19));
  }

  @Test
  void refusesApprovingCommentaryResubmittedAfterTheSignOffPageWasOpened() {
    submitted("Performance fell to 75%.", "Audit the referrals");
    OpenedForm approval = OpenedForm.on(first, approve, approve);
    resubmittedBySecondOfficer("Performance rose to 85%.");

    HttpResponse<String> answer = approval.send();

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondOfficer.account().name())
        .contains("the commentary changed")
        .contains("Nothing was approved");
    assertThat(answer.body()).contains("Performance rose to 85%.");
    List<Commentary> history = commentaries.history(council.indicatorId("X1"), Q1.code());
    assertThat(history).hasSize(2);
    assertThat(history)
        .extracting(Commentary::state)
        .containsExactly(CommentaryState.SUBMITTED, CommentaryState.SUBMITTED);
    assertThat(history.get(0).narrative()).isEqualTo("Performance rose to 85%.");

    assertThat(OpenedForm.of(first, answer.body(), approve).send().statusCode()).isEqualTo(302);
    Commentary approved = commentaries.history(council.indicatorId("X1"), Q1.code()).get(0);
    assertThat(approved.state()).isEqualTo(CommentaryState.APPROVED);
    assertThat(approved.narrative()).isEqualTo("Performance rose to 85%.");
  }

  @Test
  void refusesApprovalSentWithoutTheVersionItApproves() {
    submitted("Performance fell to 75%.", "Audit the referrals");

    HttpResponse<String> answer = OpenedForm.on(first, approve, approve).without("version").send();

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body())).hasSize(1);
    assertThat(commentaries.history(council.indicatorId("X1"), Q1.code()))
        .extracting(Commentary::state)
        .containsExactly(CommentaryState.SUBMITTED);
  }

  @Test
  void refusesReturningCommentaryChangedAfterTheSignOffPageWasOpenedKeepingTheReasonTyped() {
    submitted("Performance fell to 75%.", "Audit the referrals");
    String returning = overview + "/indicators/X1/return";
    OpenedForm returned = OpenedForm.on(first, approve, returning);
    resubmittedBySecondOfficer("Performance fell to 75%: the team is short of two workers.");

    HttpResponse<String> answer = returned.send("reason", "Say when the posts will be filled");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(OpenedForm.errorsOf(answer.body()))
        .singleElement()
        .asString()
        .contains(secondOfficer.account().name())
        .contains("the commentary changed");
    assertThat(OpenedForm.of(first, answer.body(), returning).fields())
        .containsEntry("reason", "Say when the posts will be filled");
    assertThat(commentaries.history(council.indicatorId("X1"), Q1.code()))
        .extracting(Commentary::state)
        .containsExactly(CommentaryState.SUBMITTED, CommentaryState.SUBMITTED);
  }

  @Test
  void theSignOffPageShowsTheValueTargetAndRatingTheCommentaryIsAbout() {
    submitted("Performance fell to 75%.", "Audit the referrals");

    String page = first.get(approve).body();

    assertThat(textOf(page, "commentary-value")).contains("75%").contains("Q1 2024/25");
    assertThat(textOf(page, "commentary-target")).contains("80%");
    assertThat(textOf(page, "commentary-rating")).contains("Red");
  }

  private void submitted(String narrative, String action) {
    commentaries.add(
        council.indicatorId("X1"),
        Q1.code(),
        narrative,
        List.of(action),
        null,
        "Head of Service",
        CommentaryState.SUBMITTED,
        null,
        "A. Lead");
  }

  /** The second officer saves new commentary through its form, as submitted. */
  private void resubmittedBySecondOfficer(String narrative) {
    String path = "/organisations/" + council.code() + "/indicators/X1/commentary";
    HttpResponse<String> saved =
        OpenedForm.on(second, path + "?period=" + Q1.code(), path)
            .send("narrative", narrative, "state", "SUBMITTED");
    assertThat(saved.statusCode()).as("the second officer's commentary saved").isEqualTo(302);
  }

  /** The text of the element with the id, tags taken out. */
  private static String textOf(String html, String id) {
    Matcher element =
        Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</(dd|div|p|td)>", Pattern.DOTALL)
            .matcher(html);
    assertThat(element.find()).as("the page has #" + id).isTrue();
    return OpenedForm.unescape(element.group(1).replaceAll("<[^>]+>", " "))
        .replaceAll("\\s+", " ")
        .strip();
  }
}
