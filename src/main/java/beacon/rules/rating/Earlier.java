package beacon.rules.rating;

import beacon.rules.period.Period;
import java.util.Objects;

/** An earlier value a rating may look back to: the same period a year before, say. */
public record Earlier(Period period, Figure figure) {

  public Earlier {
    Objects.requireNonNull(period, "an earlier value has its period");
    Objects.requireNonNull(figure, "an earlier value has a figure or a marker");
  }
}
