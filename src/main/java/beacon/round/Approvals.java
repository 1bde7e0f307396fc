package beacon.round;

import beacon.account.Account;
import beacon.account.Role;
import beacon.indicator.Indicator;
import org.springframework.stereotype.Component;

/**
 * Who may approve an indicator's commentary for a paper: a performance officer or administrator of
 * the indicator's organisation, or an account of that organisation named as an approver of the
 * indicator or its portfolio (a reader, who changes nothing, never).
 */
@Component
public class Approvals {

  private final NamedApprovers named;

  public Approvals(NamedApprovers named) {
    this.named = named;
  }

  /** Whether the account may approve the indicator's commentary. */
  public boolean mayApprove(Account account, Indicator indicator) {
    if (!account.belongsTo(indicator.organisationId())) {
      return false;
    }
    if (account.role().includes(Role.PERFORMANCE_OFFICER)) {
      return true;
    }
    return account.role().includes(Role.CONTRIBUTOR) && named.isNamedFor(account.id(), indicator);
  }
}
