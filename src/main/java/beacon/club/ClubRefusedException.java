package beacon.club;

/** A club or share that cannot be made as asked, with the field at fault and why. */
public class ClubRefusedException extends RuntimeException {

  private final String field;

  public ClubRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
