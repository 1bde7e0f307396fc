package beacon.commentary;

/**
 * A commentary form was opened on one version of the commentary and someone else saved another
 * before it was sent back: nothing is written.
 */
public class StaleCommentaryException extends RuntimeException {

  private final transient Commentary current;

  public StaleCommentaryException(Commentary current) {
    super(
        "Commentary for "
            + current.reportingPeriodCode()
            + " was saved by "
            + current.recordedBy()
            + " after the form was opened");
    this.current = current;
  }

  /** The commentary saved now, which the form did not know about. */
  public Commentary current() {
    return current;
  }
}
