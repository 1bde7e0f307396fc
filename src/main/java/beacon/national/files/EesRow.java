package beacon.national.files;

import java.util.Locale;
import java.util.function.Function;

/**
 * A row of an Explore Education Statistics file, read through its headings: the year it is for, the
 * geographic level and place it is about, and any other cell by its heading. The national data
 * reads the files Beacon ships with it, and the import of an indicator's DfE benchmarks reads the
 * file a council uploads (as CSV or as a workbook): each keeps what it needs of the row.
 */
public final class EesRow {

  /** The geographic levels whose rows Beacon compares; every other level is {@link #OTHER}. */
  public enum Level {
    NATIONAL,
    REGIONAL,
    LOCAL_AUTHORITY,
    OTHER
  }

  private final Function<String, String> cells;

  /**
   * @param cells a cell's text by its column's heading; empty or null for a column the file does
   *     not have
   */
  public EesRow(Function<String, String> cells) {
    this.cells = cells;
  }

  /** The cell's text as written; empty for a column the file does not have. */
  public String cell(String heading) {
    String text = cells.apply(heading);
    return text == null ? "" : text;
  }

  /**
   * @throws EesFormatException naming the column, when it is not a year Beacon reads
   */
  public EesYear year() {
    return EesYear.of(timeIdentifier(), timePeriod());
  }

  /** The {@code time_identifier}, such as {@code Reporting year}. */
  public String timeIdentifier() {
    return stripped("time_identifier");
  }

  public String timePeriod() {
    return stripped("time_period");
  }

  /** The {@code geographic_level}, in any case. */
  public Level level() {
    return switch (stripped("geographic_level").toLowerCase(Locale.ROOT)) {
      case "national" -> Level.NATIONAL;
      case "regional" -> Level.REGIONAL;
      case "local authority" -> Level.LOCAL_AUTHORITY;
      default -> Level.OTHER;
    };
  }

  /**
   * Whether the row is England's: national, of England in any case or of no country named (a
   * national row of England and Wales is not).
   */
  public boolean isEngland() {
    String country = stripped("country_name");
    return level() == Level.NATIONAL && (country.isEmpty() || country.equalsIgnoreCase("England"));
  }

  /** The {@code region_name}: of a regional row, the region; of an authority's, its region. */
  public String regionName() {
    return stripped("region_name");
  }

  /**
   * The authority's three-digit code ({@code 825}); two authorities reporting together are written
   * {@code 314 / 318}.
   */
  public String oldLaCode() {
    return stripped("old_la_code");
  }

  /** The authority's nine-character code ({@code E06000060}). */
  public String newLaCode() {
    return stripped("new_la_code");
  }

  /**
   * The authority's name; two reporting together are written {@code Kingston ... / Richmond ...}.
   */
  public String laName() {
    return stripped("la_name");
  }

  private String stripped(String heading) {
    return cell(heading).strip();
  }
}
