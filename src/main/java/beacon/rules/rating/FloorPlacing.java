package beacon.rules.rating;

import java.math.BigDecimal;

/**
 * Where a floor standard may stand: on the worse side of the green threshold, and only for an
 * indicator that aims high or low.
 */
public enum FloorPlacing {
  ALLOWED,
  /** The indicator has no polarity, so it is not rated and a floor means nothing. */
  NO_POLARITY,
  /** The indicator aims to stay close to its target, which has no worse side. */
  STAYS_CLOSE,
  /** Aiming high, the floor must be below the green threshold. */
  NOT_BELOW_THE_THRESHOLD,
  /** Aiming low, the floor must be above the green threshold. */
  NOT_ABOVE_THE_THRESHOLD;

  /**
   * @param target the target with its tolerance, or null when its figure is not known yet (set
   *     against a benchmark), in which case only the polarity is checked
   */
  public static FloorPlacing of(BigDecimal floor, Polarity polarity, Target target) {
    if (polarity == Polarity.NONE) {
      return NO_POLARITY;
    }
    if (polarity == Polarity.CLOSE) {
      return STAYS_CLOSE;
    }
    if (target == null) {
      return ALLOWED;
    }
    int side = floor.compareTo(target.greenThreshold(polarity));
    if (polarity == Polarity.HIGH && side >= 0) {
      return NOT_BELOW_THE_THRESHOLD;
    }
    if (polarity == Polarity.LOW && side <= 0) {
      return NOT_ABOVE_THE_THRESHOLD;
    }
    return ALLOWED;
  }
}
