package beacon.national.files;

import beacon.rules.national.LaitValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The places of an Explore Education Statistics file, coded and named as the LAIT codes and names
 * them, so that the statistics find England, the regions and the authorities in either alike:
 * England {@code 970}; a region by the LAIT's code and name ({@code Inner London} is {@code 987
 * London (Inner)}); an authority by its old three-digit code and its name, in its region as the
 * LAIT writes it. A row for two authorities that report together ({@code 314 / 318}, Kingston upon
 * Thames and Richmond upon Thames) gives its figure to each, as the LAIT does. Other geographic
 * levels are not places Beacon compares.
 */
final class EesPlaces {

  /** An area as the LAIT has it: its code, its name, and for an authority its region. */
  record Place(String code, String name, String region) {}

  /** The LAIT's region rows, by the region's name in the EES, in lower case. */
  private static final Map<String, Place> REGIONS =
      Map.ofEntries(
          region("North East", "980", "North East"),
          region("North West", "981", "North West"),
          region("Yorkshire and The Humber", "982", "Yorkshire and the Humber"),
          region("East Midlands", "983", "East Midlands"),
          region("West Midlands", "984", "West Midlands"),
          region("East of England", "985", "East of England"),
          region("London", "986", "London"),
          region("Inner London", "987", "London (Inner)"),
          region("Outer London", "988", "London (Outer)"),
          region("South East", "989", "South East"),
          region("South West", "990", "South West"));

  private static final Pattern OLD_CODE = Pattern.compile("\\d{3}");
  private static final Pattern TOGETHER = Pattern.compile("\\s*/\\s*");

  private final Function<String, String> laitRegionOf;

  /**
   * @param laitRegionOf an authority's region as the LAIT writes it ({@code Inner London}), by its
   *     old code; null when the LAIT does not have the authority, and the file's region is taken
   */
  EesPlaces(Function<String, String> laitRegionOf) {
    this.laitRegionOf = laitRegionOf;
  }

  /**
   * The places a row is about: none for a level Beacon does not compare (or a country other than
   * England), one, or two for authorities that report together.
   *
   * @throws IllegalArgumentException saying what in the row cannot be read
   */
  List<Place> of(EesRow row) {
    return switch (row.level()) {
      case NATIONAL ->
          row.isEngland() ? List.of(new Place(LaitValue.ENGLAND, "England", null)) : List.of();
      case REGIONAL -> {
        Place region = REGIONS.get(row.regionName().toLowerCase(Locale.ROOT));
        if (region == null) {
          throw new IllegalArgumentException(
              "the region '" + row.regionName() + "' is not one of the LAIT's regions");
        }
        yield List.of(region);
      }
      case LOCAL_AUTHORITY -> authorities(row.regionName(), row.oldLaCode(), row.laName());
      case OTHER -> List.of();
    };
  }

  private List<Place> authorities(String regionName, String oldCodes, String authorityNames) {
    String[] codes = TOGETHER.split(oldCodes);
    String[] names = TOGETHER.split(authorityNames);
    if (codes.length != names.length) {
      throw new IllegalArgumentException(
          "old_la_code '"
              + oldCodes
              + "' and la_name '"
              + authorityNames
              + "' do not name as many authorities");
    }
    List<Place> places = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      if (!OLD_CODE.matcher(codes[i]).matches()) {
        throw new IllegalArgumentException(
            "old_la_code '" + oldCodes + "' is not a three-digit authority code");
      }
      String region = laitRegionOf.apply(codes[i]);
      if (region == null && !regionName.isEmpty()) {
        region = regionName;
      }
      places.add(new Place(codes[i], names[i], region));
    }
    return places;
  }

  private static Map.Entry<String, Place> region(String eesName, String code, String laitName) {
    return Map.entry(eesName.toLowerCase(Locale.ROOT), new Place(code, laitName, null));
  }
}
