package beacon.indicator;

/** Where an indicator is in its life. */
public enum IndicatorStatus {
  ACTIVE,
  NEW,
  NEW_DEFINITION,
  RETIRED
}
