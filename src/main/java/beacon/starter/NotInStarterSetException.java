package beacon.starter;

/** A measure asked for that the starter set of the national data loaded does not have. */
public class NotInStarterSetException extends RuntimeException {

  private final String measure;

  public NotInStarterSetException(String measure) {
    super(
        measure.isEmpty()
            ? "A measure was named without its code"
            : "There is no measure " + measure + " in the starter set");
    this.measure = measure;
  }

  public String measure() {
    return measure;
  }
}
