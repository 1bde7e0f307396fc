package beacon.round;

import beacon.account.Account;
import beacon.account.SignedIn;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.commentary.CommentaryState;
import beacon.commentary.StaleCommentaryException;
import beacon.indicator.Indicator;
import beacon.round.ApprovalRefusedException.Why;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.version.OpenedVersion;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing off commentary for the paper: approving the version the approver read, or returning it to
 * its writer as a draft with the reason. Either records a new version and keeps the one it
 * replaces; either is refused when the commentary was saved again after the approver opened it.
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
   * Approves the indicator's commentary for the quarter, as the approver read it.
   *
   * @param openedVersion the version of the commentary the approver read (null: none was shown)
   * @param account who approves; empty while no one is signed in
   * @throws ApprovalRefusedException when the account may not approve it, or there is no commentary
   *     or it is approved already
   * @throws StaleCommentaryException, writing nothing, when the commentary saved now is not the
   *     version read
   */
  @Transactional
  public void approve(
      Indicator indicator,
      FinancialQuarter quarter,
      Long openedVersion,
      Optional<Account> account) {
    Commentary current = current(indicator, quarter, openedVersion, account);
    if (current.state() == CommentaryState.APPROVED) {
      throw new ApprovalRefusedException(
          Why.ALREADY_APPROVED,
          "The commentary of " + indicator.code() + " for " + quarter.label() + " is approved");
    }
    commentaries.changeState(
        indicator.id(), quarter.code(), CommentaryState.APPROVED, null, nameOf(account));
  }

  /**
   * Returns the indicator's commentary for the quarter, as the approver read it, to draft, saying
   * why.
   *
   * @param openedVersion the version of the commentary the approver read (null: none was shown)
   * @throws ApprovalRefusedException when the account may not approve it, or there is no commentary
   *     or it is a draft already
   * @throws StaleCommentaryException, writing nothing, when the commentary saved now is not the
   *     version read
   */
  @Transactional
  public void returnForChanges(
      Indicator indicator,
      FinancialQuarter quarter,
      String reason,
      Long openedVersion,
      Optional<Account> account) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Commentary is returned for changes with a reason");
    }
    Commentary current = current(indicator, quarter, openedVersion, account);
    if (current.state() == CommentaryState.DRAFT) {
      throw new ApprovalRefusedException(
          Why.ALREADY_A_DRAFT,
          "The commentary of " + indicator.code() + " for " + quarter.label() + " is a draft");
    }
    commentaries.changeState(
        indicator.id(), quarter.code(), CommentaryState.DRAFT, reason.strip(), nameOf(account));
  }

  /** The commentary saved now, once no other save of it is under way, if it is the version read. */
  private Commentary current(
      Indicator indicator,
      FinancialQuarter quarter,
      Long openedVersion,
      Optional<Account> account) {
    if (account.isPresent() && !approvals.mayApprove(account.get(), indicator)) {
      throw new ApprovalRefusedException(
          Why.NOT_AN_APPROVER,
          account.get().name() + " may not approve the commentary of " + indicator.code());
    }
    Optional<Commentary> current = commentaries.currentForChange(indicator.id(), quarter.code());
    if (current.isEmpty()) {
      throw new ApprovalRefusedException(
          Why.NO_COMMENTARY,
          "There is no commentary of "
              + indicator.code()
              + " for "
              + quarter.label()
              + " to approve");
    }
    if (OpenedVersion.isStale(current, openedVersion)) {
      throw new StaleCommentaryException(current.get());
    }
    return current.get();
  }

  private static String nameOf(Optional<Account> account) {
    return account.map(Account::name).orElse(SignedIn.BEACON);
  }
}
