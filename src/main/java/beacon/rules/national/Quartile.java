package beacon.rules.national;

/** A quarter of the authorities, by their figures: A is always the best quarter, D the worst. */
public enum Quartile {
  A,
  B,
  C,
  D
}
