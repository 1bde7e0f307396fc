package beacon.setup;

/**
 * A council that cannot be set up, or changed, as asked: the field at fault and why, in words for
 * the person who asked. Nothing was written.
 */
public class SetUpRefusedException extends RuntimeException {

  private final String field;

  public SetUpRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field of the form or the request at fault: code, name, shortName, version. */
  public String field() {
    return field;
  }
}
