package beacon.rules.value;

/** What can be wrong with a value however it is given, and the part it is wrong in. */
public enum ValueProblem {
  /** The value's period has not ended yet: its figure cannot be known. */
  PERIOD_NOT_ENDED(ValueField.PERIOD),
  /** Neither a value nor a marker, nor a numerator and denominator to work a percentage out. */
  NO_VALUE(ValueField.VALUE),
  /** Both a value and a marker in its place. */
  VALUE_AND_MARKER(ValueField.VALUE),
  /** A numerator or denominator with a marker, which has no figure to count. */
  MARKER_AND_FRACTION(ValueField.NUMERATOR),
  /** A denominator without its numerator. */
  NO_NUMERATOR(ValueField.NUMERATOR),
  /** A numerator without its denominator. */
  NO_DENOMINATOR(ValueField.DENOMINATOR),
  /** A numerator below 0: it counts something. */
  NEGATIVE_NUMERATOR(ValueField.NUMERATOR),
  /** A denominator below 0: it counts something. */
  NEGATIVE_DENOMINATOR(ValueField.DENOMINATOR),
  /** A denominator of 0, which makes no figure. */
  ZERO_DENOMINATOR(ValueField.DENOMINATOR),
  /** A percentage's numerator more than its denominator: more than 100%. */
  NUMERATOR_OVER_DENOMINATOR(ValueField.NUMERATOR),
  /** A percentage below 0 or above 100. */
  PERCENTAGE_OUT_OF_RANGE(ValueField.VALUE),
  /** A percentage that is not what its numerator and denominator make. */
  VALUE_DISAGREES(ValueField.VALUE);

  private final ValueField field;

  ValueProblem(ValueField field) {
    this.field = field;
  }

  /** The part of the value the problem is in, where a form or a file says it. */
  public ValueField field() {
    return field;
  }
}
