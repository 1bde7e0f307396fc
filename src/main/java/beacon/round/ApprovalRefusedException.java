package beacon.round;

/** Commentary could not be approved or returned, and why; nothing was written. */
public class ApprovalRefusedException extends RuntimeException {

  /** Why it was refused; each has a message on the pages. */
  public enum Why {
    NOT_AN_APPROVER,
    NO_COMMENTARY,
    ALREADY_APPROVED,
    ALREADY_A_DRAFT
  }

  private final Why why;

  public ApprovalRefusedException(Why why, String message) {
    super(message);
    this.why = why;
  }

  public Why why() {
    return why;
  }
}
