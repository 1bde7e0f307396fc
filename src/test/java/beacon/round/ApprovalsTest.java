package beacon.round;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.account.Account;
import beacon.account.Role;
import beacon.indicator.Indicator;
import beacon.indicator.IndicatorStatus;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import org.junit.jupiter.api.Test;

/** Who may approve an indicator's commentary for the paper. */
class ApprovalsTest {

  private static final long COUNCIL = 7;
  private static final long OTHER_COUNCIL = 8;
  private static final Indicator INDICATOR = indicator(COUNCIL);

  /** Account 42 is named an approver of the indicator; no one else is. */
  private final Approvals approvals =
      new Approvals((accountId, indicator) -> accountId == 42 && indicator.id() == INDICATOR.id());

  @Test
  void aPerformanceOfficerOfTheCouncilMayApprove() {
    assertThat(approvals.mayApprove(account(1, Role.PERFORMANCE_OFFICER, COUNCIL), INDICATOR))
        .isTrue();
  }

  @Test
  void anAdministratorOfTheCouncilOrOfEveryCouncilMayApprove() {
    assertThat(approvals.mayApprove(account(2, Role.ADMINISTRATOR, COUNCIL), INDICATOR)).isTrue();
    assertThat(approvals.mayApprove(account(3, Role.ADMINISTRATOR, null), INDICATOR)).isTrue();
  }

  @Test
  void aPerformanceOfficerOfAnotherCouncilMayNot() {
    assertThat(approvals.mayApprove(account(1, Role.PERFORMANCE_OFFICER, OTHER_COUNCIL), INDICATOR))
        .isFalse();
  }

  @Test
  void aContributorMayOnlyWhenNamedAnApproverOfTheIndicatorOrItsPortfolio() {
    assertThat(approvals.mayApprove(account(42, Role.CONTRIBUTOR, COUNCIL), INDICATOR)).isTrue();
    assertThat(approvals.mayApprove(account(43, Role.CONTRIBUTOR, COUNCIL), INDICATOR)).isFalse();
  }

  @Test
  void aReaderMayNotEvenWhenNamed() {
    assertThat(approvals.mayApprove(account(42, Role.READER, COUNCIL), INDICATOR)).isFalse();
  }

  @Test
  void aNamedApproverOfAnotherCouncilMayNot() {
    assertThat(approvals.mayApprove(account(42, Role.CONTRIBUTOR, OTHER_COUNCIL), INDICATOR))
        .isFalse();
  }

  private static Account account(long id, Role role, Long organisation) {
    return new Account(id, "user" + id, "User " + id, role, organisation);
  }

  private static Indicator indicator(long organisation) {
    return new Indicator(
        99,
        organisation,
        "X1",
        "Indicator X1",
        "How X1 is counted",
        Polarity.HIGH,
        Unit.PERCENT,
        0,
        PeriodType.FINANCIAL_QUARTER,
        null,
        0,
        null,
        "Head of Service",
        IndicatorStatus.values()[0],
        "Children's Social Care",
        null,
        null,
        null,
        null,
        "2020-21",
        null,
        0,
        null);
  }
}
