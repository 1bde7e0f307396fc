package beacon.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which figures of a DfE statistics file are an indicator's benchmarks: the indicator, the file's
 * measure column ({@code rereferral_child_percent}), the filters that pick one row for each place
 * and year ({@code population_type=Children looked after on 31 March each year}) and the source the
 * figures are shown with ("CIN Census", followed by each figure's year).
 *
 * @param filters column and value; a row whose cell differs is set aside
 * @param source what the figures are shown as coming from; null for "DfE"
 */
public record DfeMeasure(
    String indicatorCode, String measure, Map<String, String> filters, String source) {

  public DfeMeasure {
    indicatorCode = indicatorCode == null ? "" : indicatorCode.strip();
    measure = measure == null ? "" : measure.strip();
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    source = source == null || source.isBlank() ? "DfE" : source.strip();
  }

  /**
   * @param filters each written {@code column=value}
   * @throws IllegalArgumentException naming a filter not written so
   */
  public static DfeMeasure of(
      String indicatorCode, String measure, List<String> filters, String source) {
    Map<String, String> read = new LinkedHashMap<>();
    for (String filter : filters == null ? List.<String>of() : filters) {
      if (filter == null || filter.isBlank()) {
        continue;
      }
      int equals = filter.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "The filter '"
                + filter
                + "' does not say its column and value: write it as column=value, such as"
                + " population_type=Children looked after on 31 March each year");
      }
      String column = filter.substring(0, equals).strip();
      if (read.put(column, filter.substring(equals + 1).strip()) != null) {
        throw new IllegalArgumentException(
            "The column " + column + " is filtered twice: give one value for it");
      }
    }
    return new DfeMeasure(indicatorCode, measure, read, source);
  }
}
