package beacon.account;

/**
 * A form was opened on one version of an account, and someone else changed the account before it
 * was sent: nothing it sends is written, so that it cannot undo what they saved.
 */
public class StaleAccountException extends RuntimeException {

  private final transient AccountHistory.LaterChanges changes;

  StaleAccountException(long account, AccountHistory.LaterChanges changes) {
    super("Account " + account + " was changed after the form was opened");
    this.changes = changes;
  }

  /** Who changed what since the form was opened; empty when the form gave no version. */
  public AccountHistory.LaterChanges changes() {
    return changes;
  }
}
