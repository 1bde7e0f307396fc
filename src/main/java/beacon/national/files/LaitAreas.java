package beacon.national.files;

import beacon.rules.national.LaitValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The areas of the LAIT data set, learnt while it is read: each area's name, and each authority's
 * region row. An authority's {@code Region} cell names its region in other words than the region's
 * own row ({@code Inner London} for the row {@code London (Inner)}, {@code Yorkshire and The
 * Humber} for {@code Yorkshire and the Humber}); the two are matched ignoring case, with {@code X
 * (Y)} read as {@code Y X}.
 */
public final class LaitAreas implements Consumer<LaitValue> {

  private static final Pattern SUBDIVIDED = Pattern.compile("(.+) \\((.+)\\)");

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> regionWords = new HashMap<>();
  private final Map<String, String> regionRows = new HashMap<>();
  private final Map<String, String> regionOf = new HashMap<>();

  @Override
  public void accept(LaitValue value) {
    if (names.putIfAbsent(value.areaCode(), value.areaName()) != null) {
      return;
    }
    regionOf.clear();
    if (value.isRegion()) {
      regionRows.put(key(value.areaName()), value.areaName());
    } else if (value.isAuthority() && value.region() != null) {
      regionWords.put(value.areaCode(), value.region());
    }
  }

  /** The area's name in the data set, null when it never appeared. */
  public String nameOf(String areaCode) {
    return names.get(areaCode);
  }

  /**
   * The name of the region row the authority belongs to ({@code London (Inner)}, {@code South
   * East}), as the data set names the row; null when none matches.
   */
  public String regionOf(String authority) {
    String region = regionOf.get(authority);
    if (region == null && !regionOf.containsKey(authority)) {
      String words = regionWords.get(authority);
      region = words == null ? null : regionRows.get(key(words));
      regionOf.put(authority, region);
    }
    return region;
  }

  /**
   * The authority's region as the authority's own rows write it ({@code Inner London}, {@code
   * Yorkshire and The Humber}); null when none appeared.
   */
  public String regionWordsOf(String authority) {
    return regionWords.get(authority);
  }

  /** Every area's name by its code: authorities, England and the regions. */
  public Map<String, String> names() {
    return new TreeMap<>(names);
  }

  private static String key(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    Matcher subdivided = SUBDIVIDED.matcher(lower);
    return subdivided.matches() ? subdivided.group(2) + " " + subdivided.group(1) : lower;
  }
}
