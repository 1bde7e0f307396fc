package beacon.targets;

import beacon.rules.version.SavedSinceOpenedException;

/**
 * A target form was opened on one version of a period's target and someone else saved another
 * before it was sent back: nothing is written.
 */
public class StaleTargetException extends SavedSinceOpenedException {

  private final transient IndicatorTarget current;

  public StaleTargetException(IndicatorTarget current) {
    super(
        "A target for "
            + current.period().label()
            + " was saved by "
            + current.recordedBy()
            + " after the form was opened",
        current);
    this.current = current;
  }

  /** The target set now, which the form did not know about. */
  public IndicatorTarget current() {
    return current;
  }
}
