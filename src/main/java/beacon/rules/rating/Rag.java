package beacon.rules.rating;

/** A rating: Red, Amber, Green, or not rated (never shown as Green). */
public enum Rag {
  RED("Red"),
  AMBER("Amber"),
  GREEN("Green"),
  NOT_RATED("Not rated");

  private final String word;

  Rag(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /**
   * True when this rating is strictly better than {@code other}; not rated is comparable with
   * nothing.
   */
  public boolean isBetterThan(Rag other) {
    return this != NOT_RATED && other != NOT_RATED && rank() > other.rank();
  }

  private int rank() {
    return switch (this) {
      case RED -> 0;
      case AMBER -> 1;
      case GREEN -> 2;
      case NOT_RATED -> -1;
    };
  }
}
