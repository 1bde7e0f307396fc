package beacon.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import beacon.account.Account;
import beacon.account.Role;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.round.DueDates;
import beacon.rules.round.RoundState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A collection round on a council of its own: opened with due dates, each indicator moving from
 * awaiting data to approved as figures and commentary arrive, and the commentary signed off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundIT extends EmbeddedDatabaseForTests {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final DueDates DATES =
      new DueDates(LocalDate.of(2024, 7, 12), LocalDate.of(2024, 7, 26));
  private static final LocalDate BEFORE_ANYTHING_IS_DUE = LocalDate.of(2024, 7, 1);

  @Autowired TestCouncils councils;
  @Autowired TestAccounts accounts;
  @Autowired CollectionRounds rounds;
  @Autowired RoundProgress progress;
  @Autowired WhatIsDue whatIsDue;
  @Autowired SignOff signOff;
  @Autowired Approvers approvers;
  @Autowired Commentaries commentaries;
  @Autowired Indicators indicators;
  @Autowired Organisations organisations;
  @Autowired JdbcClient db;

  private TestCouncil council;
  private CollectionRound round;

  @BeforeEach
  void aCouncilWithTwoQuarterlyIndicatorsAndARoundForQ1() {
    council =
        councils.aCouncil().withQuarterlyIndicator("X1", "80").withQuarterlyIndicator("X2", "60");
    round = rounds.open(council.id(), Q1, DATES, "A. Officer", " For Cabinet in September ");
  }

  @Test
  void opensOneRoundAQuarterWithItsDatesAndNote() {
    CollectionRound found = rounds.find(council.id(), Q1).orElseThrow();

    assertThat(found.dueDates()).isEqualTo(DATES);
    assertThat(found.openedBy()).isEqualTo("A. Officer");
    assertThat(found.note()).isEqualTo("For Cabinet in September");
    assertThat(rounds.of(council.id())).extracting(CollectionRound::id).containsExactly(round.id());
    assertThatThrownBy(() -> rounds.open(council.id(), Q1, DATES, "B. Officer", null))
        .isInstanceOf(RoundAlreadyOpenException.class)
        .hasMessageContaining("Q1 2024/25");
  }

  @Test
  void everyIndicatorAwaitsDataUntilItsValueForTheQuarterArrives() {
    council.withValue("X1", Q1.previous(), "70");

    RoundOverview overview = progress.of(round, BEFORE_ANYTHING_IS_DUE);

    assertThat(overview.lines()).extracting(RoundLine::code).containsExactly("X1", "X2");
    assertThat(overview.lines())
        .extracting(RoundLine::state)
        .containsOnly(RoundState.AWAITING_DATA);
    assertThat(overview.lines().get(0).valuePeriod().code()).isEqualTo("2024-25-Q1");
    assertThat(overview.count(RoundState.AWAITING_DATA)).isEqualTo(2);
  }

  @Test
  void theStateMovesAsTheValueAndCommentaryArrive() {
    council.withValue("X1", Q1, "75");
    assertThat(stateOf("X1")).isEqualTo(RoundState.DATA_ENTERED);

    write("X1", CommentaryState.DRAFT);
    assertThat(stateOf("X1")).isEqualTo(RoundState.DATA_ENTERED);

    write("X1", CommentaryState.SUBMITTED);
    assertThat(stateOf("X1")).isEqualTo(RoundState.COMMENTARY_SUBMITTED);

    signOff.approve(indicator("X1"), Q1, Optional.empty());
    assertThat(stateOf("X1")).isEqualTo(RoundState.APPROVED);
    assertThat(stateOf("X2")).isEqualTo(RoundState.AWAITING_DATA);
    RoundOverview overview = progress.of(round, BEFORE_ANYTHING_IS_DUE);
    assertThat(overview.count(RoundState.APPROVED)).isEqualTo(1);
    assertThat(overview.count(RoundState.AWAITING_DATA)).isEqualTo(1);
  }

  @Test
  void isOverdueAfterTheDataDueDateWithoutDataAndAfterTheCommentaryDueDateWithoutSubmission() {
    council.withValue("X1", Q1, "75");

    RoundOverview afterDataDue = progress.of(round, LocalDate.of(2024, 7, 13));
    RoundOverview afterCommentaryDue = progress.of(round, LocalDate.of(2024, 7, 27));

    assertThat(afterDataDue.overdueLines()).extracting(RoundLine::code).containsExactly("X2");
    assertThat(afterDataDue.lines().get(0).due()).isEqualTo(DATES.commentaryDue());
    assertThat(afterDataDue.lines().get(1).due()).isEqualTo(DATES.dataDue());
    assertThat(afterCommentaryDue.overdueLines())
        .extracting(RoundLine::code)
        .containsExactly("X1", "X2");
  }

  @Test
  void changingTheDueDatesKeepsTheEarlierOnesWithWhoAndWhy() {
    DueDates later = new DueDates(LocalDate.of(2024, 7, 19), LocalDate.of(2024, 8, 2));

    CollectionRound changed =
        rounds.changeDueDates(round, later, "B. Officer", "Cabinet moved", 0L);

    assertThat(changed.dueDates()).isEqualTo(later);
    assertThat(changed.datesSetBy()).isEqualTo("B. Officer");
    assertThat(changed.openedBy()).isEqualTo("A. Officer");
    List<EarlierDueDates> earlier = rounds.earlierDueDates(round.id());
    assertThat(earlier).hasSize(1);
    assertThat(earlier.get(0).dueDates()).isEqualTo(DATES);
    assertThat(earlier.get(0).setBy()).isEqualTo("A. Officer");
    assertThat(earlier.get(0).replacedBy()).isEqualTo("B. Officer");
    assertThat(earlier.get(0).reason()).isEqualTo("Cabinet moved");
    assertThat(progress.of(round, LocalDate.of(2024, 7, 13)).overdueLines()).isNotEmpty();
    assertThat(progress.of(changed, LocalDate.of(2024, 7, 13)).overdueLines()).isEmpty();
  }

  @Test
  void namesWhoEachIndicatorIsAssignedToDirectlyOrThroughItsPortfolio() {
    Account lead = accounts.anAccount(council.id(), Role.CONTRIBUTOR, "A. Lead");
    Account head = accounts.anAccount(council.id(), Role.CONTRIBUTOR, "B. Head");
    accounts.assignIndicator(lead, council.indicatorId("X1"));
    accounts.assignPortfolio(head, accounts.portfolioId(council.id(), "Children's Social Care"));

    RoundOverview overview = progress.of(round, BEFORE_ANYTHING_IS_DUE);

    assertThat(overview.lines().get(0).assignedTo()).containsExactly("A. Lead", "B. Head");
    assertThat(overview.lines().get(1).assignedTo()).containsExactly("B. Head");
  }

  @Test
  void whatIsDueFromSomeoneIsTheirIndicatorsNotYetApproved() {
    Account lead = accounts.anAccount(council.id(), Role.CONTRIBUTOR, "A. Lead");
    accounts.assignIndicator(lead, council.indicatorId("X1"));
    Organisation organisation = organisations.withCode(council.code()).orElseThrow();

    List<WhatIsDue.DueFromMe> due = whatIsDue.from(lead, organisation, LocalDate.of(2024, 7, 13));

    assertThat(due).hasSize(1);
    assertThat(due.get(0).line().code()).isEqualTo("X1");
    assertThat(due.get(0).line().overdue()).isTrue();
    assertThat(due.get(0).round().reportingPeriod()).isEqualTo(Q1);

    council.withValue("X1", Q1, "75");
    write("X1", CommentaryState.SUBMITTED);
    signOff.approve(indicator("X1"), Q1, Optional.empty());

    assertThat(whatIsDue.from(lead, organisation, LocalDate.of(2024, 7, 13))).isEmpty();
  }

  @Test
  void nothingIsDueFromSomeoneOfAnotherCouncil() {
    TestCouncil other = councils.aCouncil();
    Account stranger = accounts.anAccount(other.id(), Role.CONTRIBUTOR, "C. Stranger");
    accounts.assignIndicator(stranger, council.indicatorId("X1"));
    Organisation organisation = organisations.withCode(council.code()).orElseThrow();

    assertThat(whatIsDue.from(stranger, organisation, BEFORE_ANYTHING_IS_DUE)).isEmpty();
  }

  @Test
  void approvingKeepsTheSubmittedVersionAndRecordsWhoApproved() {
    council.withValue("X1", Q1, "75");
    write("X1", CommentaryState.SUBMITTED);
    Account officer = accounts.anAccount(council.id(), Role.PERFORMANCE_OFFICER, "P. Officer");

    signOff.approve(indicator("X1"), Q1, Optional.of(officer));

    List<Commentary> history = commentaries.history(council.indicatorId("X1"), Q1.code());
    assertThat(history)
        .extracting(Commentary::state)
        .containsExactly(CommentaryState.APPROVED, CommentaryState.SUBMITTED);
    assertThat(history.get(0).recordedBy()).isEqualTo("P. Officer");
    assertThat(history.get(0).narrative()).isEqualTo(history.get(1).narrative());
    assertThat(history.get(0).improvementActions()).containsExactly("Audit the referrals");
    assertThatThrownBy(() -> signOff.approve(indicator("X1"), Q1, Optional.of(officer)))
        .isInstanceOf(ApprovalRefusedException.class)
        .extracting(e -> ((ApprovalRefusedException) e).why())
        .isEqualTo(ApprovalRefusedException.Why.ALREADY_APPROVED);
  }

  @Test
  void aNamedApproverMayApproveButAContributorNotNamedMayNot() {
    council.withValue("X1", Q1, "75");
    write("X1", CommentaryState.SUBMITTED);
    Account named = accounts.anAccount(council.id(), Role.CONTRIBUTOR, "N. Approver");
    Account other = accounts.anAccount(council.id(), Role.CONTRIBUTOR, "O. Contributor");
    approvers.nameForPortfolio(
        named.id(), accounts.portfolioId(council.id(), "Children's Social Care"), "test");

    assertThatThrownBy(() -> signOff.approve(indicator("X1"), Q1, Optional.of(other)))
        .isInstanceOf(ApprovalRefusedException.class)
        .extracting(e -> ((ApprovalRefusedException) e).why())
        .isEqualTo(ApprovalRefusedException.Why.NOT_AN_APPROVER);
    assertThat(stateOf("X1")).isEqualTo(RoundState.COMMENTARY_SUBMITTED);

    signOff.approve(indicator("X1"), Q1, Optional.of(named));

    assertThat(stateOf("X1")).isEqualTo(RoundState.APPROVED);
  }

  @Test
  void returningForChangesMakesItADraftAgainWithTheReason() {
    council.withValue("X1", Q1, "75");
    write("X1", CommentaryState.SUBMITTED);

    signOff.returnForChanges(indicator("X1"), Q1, "Say why it fell", Optional.empty());

    RoundLine line = progress.of(round, BEFORE_ANYTHING_IS_DUE).lines().get(0);
    assertThat(line.state()).isEqualTo(RoundState.DATA_ENTERED);
    assertThat(line.returnedBecause()).isEqualTo("Say why it fell");
    assertThat(commentaries.history(council.indicatorId("X1"), Q1.code())).hasSize(2);
    assertThatThrownBy(
            () -> signOff.returnForChanges(indicator("X1"), Q1, "Again", Optional.empty()))
        .isInstanceOf(ApprovalRefusedException.class);

    write("X1", CommentaryState.SUBMITTED);
    assertThat(progress.of(round, BEFORE_ANYTHING_IS_DUE).lines().get(0).returnedBecause())
        .isNull();
  }

  @Test
  void thereIsNothingToApproveWithoutCommentary() {
    assertThatThrownBy(() -> signOff.approve(indicator("X2"), Q1, Optional.empty()))
        .isInstanceOf(ApprovalRefusedException.class)
        .extracting(e -> ((ApprovalRefusedException) e).why())
        .isEqualTo(ApprovalRefusedException.Why.NO_COMMENTARY);
  }

  @Test
  void theDemonstrationCommentaryPrintedInPublishedPapersIsApproved() {
    assertThat(
            db.sql(
                    """
                    select distinct c.state from commentary c
                      join indicator i on i.id = c.indicator_id
                      join organisation o on o.id = i.organisation_id
                     where o.code in ('825', '872') and c.superseded_at is null
                    """)
                .query(String.class)
                .list())
        .containsExactly("APPROVED");
  }

  private RoundState stateOf(String code) {
    return progress.of(round, BEFORE_ANYTHING_IS_DUE).lines().stream()
        .filter(line -> line.code().equals(code))
        .findFirst()
        .orElseThrow()
        .state();
  }

  private void write(String code, CommentaryState state) {
    commentaries.add(
        council.indicatorId(code),
        Q1.code(),
        "Performance fell to 75% against a target of 80%.",
        List.of("Audit the referrals"),
        null,
        "Head of Service",
        state,
        null,
        "A. Lead");
  }

  private Indicator indicator(String code) {
    return indicators.withCode(council.id(), code).orElseThrow();
  }
}
