package beacon.rules.national;

import java.math.BigDecimal;
import java.util.List;

/**
 * The statistical neighbour average: the simple mean of the neighbours' own figures, those without
 * a figure left out (and said).
 *
 * @param model the neighbour model used, {@code 2021} or {@code 2025}
 * @param mean null when no neighbour has a figure
 * @param withValue how many neighbours have a figure
 * @param of how many neighbours the model gives
 * @param members every neighbour, closest first, with its figure or null
 */
public record NeighbourAverage(
    String model, BigDecimal mean, int withValue, int of, List<NeighbourFigure> members) {

  public NeighbourAverage {
    if (!(members instanceof NeighbourFigures)) {
      members = List.copyOf(members);
    }
  }

  /** How many neighbours the mean covers: {@code 9 of 10 neighbours}. */
  public String coverageInWords() {
    return withValue + " of " + of + (of == 1 ? " neighbour" : " neighbours");
  }

  /** Whether every neighbour has a figure. */
  public boolean isComplete() {
    return withValue == of;
  }
}
