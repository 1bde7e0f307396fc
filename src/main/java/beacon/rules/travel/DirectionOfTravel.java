package beacon.rules.travel;

import beacon.rules.period.Period;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import java.math.BigDecimal;

/**
 * Better, worse or unchanged against an earlier value (the previous period, or the same period a
 * year earlier), judged by the indicator's polarity.
 */
public final class DirectionOfTravel {

  private DirectionOfTravel() {}

  /**
   * @param earlier the earlier value, or null when there is none
   * @param earlierPeriod its period, or null when there is none
   */
  public static Travel compare(
      BigDecimal current, BigDecimal earlier, Period earlierPeriod, Polarity polarity, Unit unit) {
    if (current == null || earlier == null || earlierPeriod == null) {
      return new Travel(
          Direction.NO_COMPARISON, null, null, null, "No earlier value to compare with");
    }
    BigDecimal change = current.subtract(earlier);
    Direction direction = direction(change.signum(), polarity);
    String from = unit.format(earlier) + " in " + earlierPeriod.label();
    String sentence =
        change.signum() == 0
            ? "No change from " + from
            : direction.word()
                + " from "
                + from
                + " ("
                + (change.signum() > 0 ? "up " : "down ")
                + Unit.plain(change.abs())
                + " "
                + unit.points()
                + ")";
    return new Travel(direction, earlierPeriod, earlier, change, sentence);
  }

  private static Direction direction(int sign, Polarity polarity) {
    if (sign == 0) {
      return Direction.UNCHANGED;
    }
    return switch (polarity) {
      case HIGH -> sign > 0 ? Direction.IMPROVED : Direction.WORSENED;
      case LOW -> sign < 0 ? Direction.IMPROVED : Direction.WORSENED;
      // closer to the target or not is the rating's to say: up or down is what is known here
      case NONE, CLOSE -> sign > 0 ? Direction.UP : Direction.DOWN;
    };
  }
}
