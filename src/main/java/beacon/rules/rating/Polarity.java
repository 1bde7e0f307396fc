package beacon.rules.rating;

/** Which way is good for an indicator: "Aim to Maximise", "Aim to Minimise", or neither. */
public enum Polarity {
  HIGH("Good to be high", "Aim to Maximise"),
  LOW("Good to be low", "Aim to Minimise"),
  /** A context figure (a caseload count, say): shown, never rated. */
  NONE("No polarity", "Context only"),
  /**
   * Good to be close to the target, neither above nor below it (Kent's T): Green within the
   * tolerance either side.
   */
  CLOSE("Good to be close to target", "Aim to stay close to target");

  private final String goodToBe;
  private final String aimTo;

  Polarity(String goodToBe, String aimTo) {
    this.goodToBe = goodToBe;
    this.aimTo = aimTo;
  }

  public String goodToBe() {
    return goodToBe;
  }

  public String aimTo() {
    return aimTo;
  }
}
