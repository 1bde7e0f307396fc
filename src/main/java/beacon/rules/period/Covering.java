package beacon.rules.period;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds what applies to a period among things set for periods, such as targets: the one whose
 * period contains the end of the given period, the narrowest if several do (a target for Q4 2022/23
 * wins over one for the year 2022/23).
 */
public final class Covering {

  private Covering() {}

  public static <T> Optional<T> narrowest(
      Collection<T> items, Function<T, Period> periodOf, Period period) {
    return items.stream()
        .filter(item -> periodOf.apply(item).contains(period.end()))
        .min(Comparator.comparing(item -> lengthInDays(periodOf.apply(item))));
  }

  private static long lengthInDays(Period period) {
    return period.end().toEpochDay() - period.start().toEpochDay();
  }
}
