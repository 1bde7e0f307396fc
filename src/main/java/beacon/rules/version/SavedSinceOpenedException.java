package beacon.rules.version;

/**
 * A form was opened on one version of something and someone else saved another before it was sent
 * back: nothing it sends is written, so that the later save cannot silently undo the earlier.
 */
public class SavedSinceOpenedException extends RuntimeException {

  private final transient SavedVersion saved;

  public SavedSinceOpenedException(String message, SavedVersion saved) {
    super(message);
    this.saved = saved;
  }

  public SavedSinceOpenedException(SavedVersion saved) {
    this(
        "Version "
            + saved.id()
            + " was saved by "
            + saved.recordedBy()
            + " after the form was opened",
        saved);
  }

  /** The version saved now, which the form did not know about. */
  public SavedVersion saved() {
    return saved;
  }
}
