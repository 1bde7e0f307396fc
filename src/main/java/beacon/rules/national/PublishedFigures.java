package beacon.rules.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The LAIT's figures gathered by measure and year while the data set is read: give it to {@code
 * LaitDataSet.read}, then ask for a measure's years.
 */
public final class PublishedFigures implements Consumer<LaitValue> {

  private final Map<String, Map<String, Gathering>> byMeasure = new LinkedHashMap<>();

  @Override
  public void accept(LaitValue value) {
    Gathering year =
        byMeasure
            .computeIfAbsent(value.measure(), m -> new LinkedHashMap<>())
            .computeIfAbsent(value.year(), y -> new Gathering());
    if (value.value() == null) {
      return;
    }
    if (value.isEngland()) {
      year.england = value.value();
    } else if (value.isRegion()) {
      year.regions.put(value.areaName(), value.value());
    } else {
      year.authorities.put(value.areaCode(), value.value());
    }
  }

  /** The measures' codes, in the data set's order. */
  public Set<String> measures() {
    return byMeasure.keySet();
  }

  /** The measure's year labels, in the data set's order. */
  public List<String> yearsOf(String measure) {
    return List.copyOf(byMeasure.getOrDefault(measure, Map.of()).keySet());
  }

  /** The measure's figures for the year, null when the data set has no such year. */
  public MeasureYear of(String measure, String year) {
    Gathering gathering = byMeasure.getOrDefault(measure, Map.of()).get(year);
    return gathering == null ? null : gathering.measureYear(measure, year);
  }

  /** The measure's figures for the year before, null when the data set has none. */
  public MeasureYear previousOf(String measure, String year) {
    String previous = YearLabels.previousAmong(year, yearsOf(measure));
    return previous == null ? null : of(measure, previous);
  }

  /** Every measure's years, in the data set's order. */
  public List<MeasureYear> measureYears() {
    List<MeasureYear> all = new ArrayList<>();
    byMeasure.forEach(
        (measure, years) -> years.forEach((year, g) -> all.add(g.measureYear(measure, year))));
    return all;
  }

  private static final class Gathering {
    private final Map<String, BigDecimal> authorities = new HashMap<>();
    private final Map<String, BigDecimal> regions = new HashMap<>();
    private BigDecimal england;
    private MeasureYear measureYear;

    MeasureYear measureYear(String measure, String year) {
      if (measureYear == null) {
        measureYear = new MeasureYear(measure, year, authorities, england, regions);
      }
      return measureYear;
    }
  }
}
