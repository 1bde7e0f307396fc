package beacon.rules.period;

/** A text that is not a period code or label Beacon understands; the message says why. */
public class PeriodFormatException extends IllegalArgumentException {

  public PeriodFormatException(String message) {
    super(message);
  }
}
