package beacon.rules.travel;

import beacon.rules.period.Period;
import java.math.BigDecimal;

/**
 * A direction of travel: how the current value compares with the value for an earlier period.
 *
 * @param earlierPeriod the period compared with, or null when there is no earlier value
 * @param earlierValue the earlier value, or null
 * @param change current minus earlier, or null
 * @param sentence in words: "Worsened from 27% in Dec 2017 (up 9 percentage points)"
 */
public record Travel(
    Direction direction,
    Period earlierPeriod,
    BigDecimal earlierValue,
    BigDecimal change,
    String sentence) {

  /**
   * Which way the value itself moved, ↑ ↓ or →, whatever its polarity; empty with nothing to
   * compare.
   */
  public String arrow() {
    if (change == null) {
      return "";
    }
    return change.signum() > 0 ? "↑" : change.signum() < 0 ? "↓" : "→";
  }
}
