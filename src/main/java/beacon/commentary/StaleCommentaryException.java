package beacon.commentary;

import beacon.rules.version.SavedSinceOpenedException;

/**
 * A form opened on one version of the commentary (to write it, approve it or return it) was sent
 * after someone else saved another: nothing is written.
 */
public class StaleCommentaryException extends SavedSinceOpenedException {

  private final transient Commentary current;

  public StaleCommentaryException(Commentary current) {
    super(
        "Commentary for "
            + current.reportingPeriodCode()
            + " was saved by "
            + current.recordedBy()
            + " after the form was opened",
        current);
    this.current = current;
  }

  /** The commentary saved now, which the form did not know about. */
  public Commentary current() {
    return current;
  }
}
