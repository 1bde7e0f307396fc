package beacon.scorecard;

import beacon.rules.travel.Direction;
import beacon.rules.travel.Travel;
import beacon.web.PeriodView;
import java.math.BigDecimal;

/** A direction of travel as the API shows it. */
public record TravelView(
    Direction direction,
    String word,
    String arrow,
    PeriodView against,
    BigDecimal earlierValue,
    BigDecimal change,
    String sentence) {

  static TravelView of(Travel travel) {
    return new TravelView(
        travel.direction(),
        travel.direction().word(),
        travel.arrow(),
        PeriodView.of(travel.earlierPeriod()),
        travel.earlierValue(),
        travel.change(),
        travel.sentence());
  }
}
