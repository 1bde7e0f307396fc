package beacon.round;

import beacon.account.Account;
import beacon.account.SignedIn;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.indicator.Indicator;
import beacon.round.ApprovalRefusedException.Why;
import beacon.rules.period.FinancialQuarter;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing off commentary for the paper: approving the current version, or returning it to its
 * writer as a draft with the reason. Either records a new version and keeps the one it replaces.
 */
@Service
public class CommentaryApprovals {

  private final Commentaries commentaries;
  private final Approvals approvals;

  CommentaryApprovals(Commentaries commentaries, Approvals approvals) {
    this.commentaries = commentaries;
    this.approvals = approvals;
  }

  /**
   * Approves the indicator's current commentary for the quarter.
   *
   * @param account who approves; empty while no one is signed in
   * @throws ApprovalRefusedException when the account may not approve it, or there is no commentary
   *     or it is approved already
   */
  @Transactional
  public void approve(Indicator indicator, FinancialQuarter quarter, Optional<Account> account) {
    Commentary current = current(indicator, quarter, account);
    if (current.state() == CommentaryState.APPROVED) {
      throw new ApprovalRefusedException(
          Why.ALREADY_APPROVED,
          "The commentary of " + indicator.code() + " for " + quarter.label() + " is approved");
    }
    commentaries.changeState(
        indicator.id(), quarter.code(), CommentaryState.APPROVED, null, nameOf(account));
  }

  /**
   * Returns the indicator's current commentary for the quarter to draft, saying why.
   *
   * @throws ApprovalRefusedException when the account may not approve it, or there is no commentary
   *     or it is a draft already
   */
  @Transactional
  public void returnForChanges(
      Indicator indicator, FinancialQuarter quarter, String reason, Optional<Account> account) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Commentary is returned for changes with a reason");
    }
    Commentary current = current(indicator, quarter, account);
    if (current.state() == CommentaryState.DRAFT) {
      throw new ApprovalRefusedException(
          Why.ALREADY_A_DRAFT,
          "The commentary of " + indicator.code() + " for " + quarter.label() + " is a draft");
    }
    commentaries.changeState(
        indicator.id(), quarter.code(), CommentaryState.DRAFT, reason.strip(), nameOf(account));
  }

  private Commentary current(
      Indicator indicator, FinancialQuarter quarter, Optional<Account> account) {
    if (account.isPresent() && !approvals.mayApprove(account.get(), indicator)) {
      throw new ApprovalRefusedException(
          Why.NOT_AN_APPROVER,
          account.get().name() + " may not approve the commentary of " + indicator.code());
    }
    return commentaries
        .current(indicator.id(), quarter.code())
        .orElseThrow(
            () ->
                new ApprovalRefusedException(
                    Why.NO_COMMENTARY,
                    "There is no commentary of "
                        + indicator.code()
                        + " for "
                        + quarter.label()
                        + " to approve"));
  }

  private static String nameOf(Optional<Account> account) {
    return account.map(Account::name).orElse(SignedIn.BEACON);
  }
}
