package beacon.value;

/** A value already recorded for a period is being changed without saying why. */
public class CorrectionNeedsReasonException extends RuntimeException {

  public CorrectionNeedsReasonException(String indicatorCode, String periodLabel) {
    super(
        "The value of "
            + indicatorCode
            + " for "
            + periodLabel
            + " is already recorded: say why it is being corrected");
  }
}
