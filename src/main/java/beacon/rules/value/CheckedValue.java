package beacon.rules.value;

import beacon.rules.rating.Figure;
import java.math.BigDecimal;
import java.util.List;

/**
 * A value checked against its limits.
 *
 * @param figure what to record: the value given, its marker, or the percentage worked out from the
 *     numerator and denominator; null when there are problems
 * @param fractionPercentage the percentage the numerator and denominator make, for a percentage
 *     whose numerator and denominator keep their limits; null otherwise
 * @param problems every limit the value does not keep, in the order of the parts they are in
 */
public record CheckedValue(
    Figure figure, BigDecimal fractionPercentage, List<ValueProblem> problems) {

  public CheckedValue {
    problems = List.copyOf(problems);
  }

  public boolean isWithinLimits() {
    return problems.isEmpty();
  }
}
