package beacon.round;

import beacon.account.Account;
import beacon.commentary.Commentaries;
import beacon.commentary.Commentary;
import beacon.indicator.Indicator;
import beacon.rules.period.FinancialQuarter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Signs off commentary in tests as a sign-off page opened just now does: on the version of the
 * commentary saved now. {@code signOff.approve(indicator, Q1, Optional.empty())}.
 */
@Component
public class SignOff {

  private final CommentaryApprovals approvals;
  private final Commentaries commentaries;

  SignOff(CommentaryApprovals approvals, Commentaries commentaries) {
    this.approvals = approvals;
    this.commentaries = commentaries;
  }

  public void approve(Indicator indicator, FinancialQuarter quarter, Optional<Account> by) {
    approvals.approve(indicator, quarter, savedNow(indicator, quarter), by);
  }

  public void returnForChanges(
      Indicator indicator, FinancialQuarter quarter, String reason, Optional<Account> by) {
    approvals.returnForChanges(indicator, quarter, reason, savedNow(indicator, quarter), by);
  }

  /** The version of the commentary saved now; null when there is none. */
  public Long savedNow(Indicator indicator, FinancialQuarter quarter) {
    return commentaries.current(indicator.id(), quarter.code()).map(Commentary::id).orElse(null);
  }
}
