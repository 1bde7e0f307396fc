package beacon.national.files;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the columns and cells of an Explore Education Statistics file are: the columns that say when
 * and where ({@code time_period, time_identifier, geographic_level, ..., la_name}), then filters
 * and measures; a figure the DfE does not publish is written as a mark ({@code c}, {@code x},
 * {@code z}, {@code k}, {@code u}, {@code low}).
 */
public final class EesColumns {

  /** The columns every file has: the year, and the geographic level of the place. */
  public static final List<String> REQUIRED =
      List.of("time_period", "time_identifier", "geographic_level");

  /** The columns that say when and where; the others are filters and measures. */
  public static final Set<String> TIME_AND_PLACE =
      Set.of(
          "time_period",
          "time_identifier",
          "geographic_level",
          "country_code",
          "country_name",
          "region_code",
          "region_name",
          "old_la_code",
          "new_la_code",
          "la_name");

  /** The marks the DfE writes for a figure it does not publish. */
  private static final Set<String> NOT_PUBLISHED =
      Set.of("c", "x", "z", "k", "u", "low", ":", "..", "-");

  private EesColumns() {}

  /** Whether the column says when or where, rather than being a filter or a measure. */
  public static boolean isTimeOrPlace(String heading) {
    return TIME_AND_PLACE.contains(heading);
  }

  /**
   * Whether the column is a filter or a measure: it has a heading, and not one of time or place.
   */
  public static boolean isFilterOrMeasure(String heading) {
    return !heading.isEmpty() && !isTimeOrPlace(heading);
  }

  /** The columns besides time and place, filters and measures, in the file's order. */
  public static List<String> filtersAndMeasures(List<String> headings) {
    return headings.stream().filter(EesColumns::isFilterOrMeasure).toList();
  }

  /** Whether the cell is a mark written for a figure not published, in any case. */
  public static boolean isNotPublished(String cell) {
    return NOT_PUBLISHED.contains(cell.strip().toLowerCase(Locale.ROOT));
  }
}
