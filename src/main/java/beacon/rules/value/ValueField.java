package beacon.rules.value;

/** The parts a value is given in, on the value form and in a values file. */
public enum ValueField {
  PERIOD,
  VALUE,
  MARKER,
  NUMERATOR,
  DENOMINATOR
}
