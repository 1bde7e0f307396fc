package beacon.round;

import beacon.indicator.Indicator;

/** Who has been named to approve an indicator's commentary, directly or through its portfolio. */
public interface NamedApprovers {

  boolean isNamedFor(long accountId, Indicator indicator);
}
