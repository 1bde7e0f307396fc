package beacon.rules.rating;

/** Written in place of a figure; a value with a marker is never rated. */
public enum Marker {
  NEW("New"),
  NEW_DEFINITION("New Definition"),
  NOT_AVAILABLE("Not available"),
  SUPPRESSED("Suppressed");

  private final String label;

  Marker(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
