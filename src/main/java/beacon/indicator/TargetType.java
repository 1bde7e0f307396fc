package beacon.indicator;

/** Whether an indicator's target is set nationally or by the council. */
public enum TargetType {
  NATIONAL,
  LOCAL
}
