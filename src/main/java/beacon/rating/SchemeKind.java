package beacon.rating;

import beacon.rules.rating.RagScheme;
import java.math.BigDecimal;

/**
 * How a scheme is stored: its kind and, for a band, its size; for a target range, how far it
 * reaches below the green threshold (its band) and above it.
 */
public enum SchemeKind {
  TWO_STATE,
  RELATIVE_BAND,
  ABSOLUTE_BAND,
  FLOOR,
  RELATIVE_BAND_WITH_TRAVEL,
  TARGET_RANGE;

  /** Whether the kind needs a band: a percentage or a number of points. */
  public boolean hasBand() {
    return this == RELATIVE_BAND
        || this == ABSOLUTE_BAND
        || this == RELATIVE_BAND_WITH_TRAVEL
        || this == TARGET_RANGE;
  }

  /** Whether the kind reaches both sides of the target, and so needs how far above it. */
  public boolean hasBandAbove() {
    return this == TARGET_RANGE;
  }

  /** The scheme of a kind that has at most one band. */
  public RagScheme scheme(BigDecimal band) {
    return scheme(band, null);
  }

  public RagScheme scheme(BigDecimal band, BigDecimal bandAbove) {
    return switch (this) {
      case TWO_STATE -> RagScheme.twoState();
      case RELATIVE_BAND -> new RagScheme.RelativeBand(band);
      case ABSOLUTE_BAND -> new RagScheme.AbsoluteBand(band);
      case FLOOR -> RagScheme.floorStandard();
      case RELATIVE_BAND_WITH_TRAVEL -> new RagScheme.RelativeBandWithTravel(band);
      case TARGET_RANGE -> new RagScheme.TargetRange(band, bandAbove);
    };
  }
}
