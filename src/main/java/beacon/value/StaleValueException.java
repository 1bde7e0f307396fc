package beacon.value;

import beacon.rules.version.SavedSinceOpenedException;

/**
 * A value form was opened on one version of a period's value and someone else saved another before
 * it was sent back: nothing is written, so that the later save cannot silently undo the earlier.
 */
public class StaleValueException extends SavedSinceOpenedException {

  private final transient IndicatorValue current;

  public StaleValueException(IndicatorValue current) {
    super(
        "A value for "
            + current.period().label()
            + " was saved by "
            + current.recordedBy()
            + " after the form was opened",
        current);
    this.current = current;
  }

  /** The value recorded now, which the form did not know about. */
  public IndicatorValue current() {
    return current;
  }
}
