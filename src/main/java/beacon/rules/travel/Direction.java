package beacon.rules.travel;

/** How a value moved against an earlier one. */
public enum Direction {
  IMPROVED("Improved"),
  WORSENED("Worsened"),
  UNCHANGED("No change"),
  /** Higher, for an indicator with no polarity. */
  UP("Up"),
  /** Lower, for an indicator with no polarity. */
  DOWN("Down"),
  /** No earlier value to compare with. */
  NO_COMPARISON("No earlier value");

  private final String word;

  Direction(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
