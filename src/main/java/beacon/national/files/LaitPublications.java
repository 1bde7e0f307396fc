package beacon.national.files;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The publication a LAIT measure's figures come from, as a benchmark's source names it ({@code CIN
 * Census}, {@code SSDA903 return}), told by the statistics page its dictionary links to (its {@code
 * Hyperlink(s)}): the page's last name ({@code characteristics-of-children-in-need}), or the site
 * for the public health profiles. A page not listed here is named by the measure's data owner
 * ({@code ONS}, {@code DfE}).
 */
public final class LaitPublications {

  /** Each statistics page by the last name in its address. */
  private static final Map<String, String> BY_PAGE =
      Map.ofEntries(
          Map.entry("characteristics-of-children-in-need", "CIN Census"),
          Map.entry("children-looked-after-in-england-including-adoptions", "SSDA903 return"),
          Map.entry(
              "outcomes-for-children-in-need-including-children-looked-after-by-local-authorities-in-england",
              "Outcomes for children in need"),
          Map.entry(
              "stability-measures-for-children-looked-after-in-england",
              "Stability measures for children looked after"),
          Map.entry(
              "statistics-childrens-social-care-workforce",
              "Children's social work workforce census"),
          Map.entry("childrens-social-care-statistics", "Ofsted children's social care statistics"),
          Map.entry("key-stage-2-attainment", "Key stage 2 attainment"),
          Map.entry("statistics-gcses-key-stage-4", "Key stage 4 performance"),
          Map.entry("key-stage-4-destination-measures", "Key stage 4 destination measures"),
          Map.entry(
              "key-stage-1-and-phonics-screening-check-attainment",
              "Key stage 1 and phonics screening check attainment"),
          Map.entry("phonics-screening-check-attainment", "Phonics screening check attainment"),
          Map.entry("multiplication-tables-check-attainment", "Multiplication tables check"),
          Map.entry(
              "early-years-foundation-stage-profile-results",
              "Early years foundation stage profile"),
          Map.entry(
              "education-provision-children-under-5", "Education provision: children under 5"),
          Map.entry("pupil-absence-in-schools-in-england", "Pupil absence in schools"),
          Map.entry("statistics-exclusions", "Suspensions and permanent exclusions"),
          Map.entry("education-health-and-care-plans", "Education, health and care plans"),
          Map.entry(
              "statistics-special-educational-needs-sen", "Special educational needs in England"),
          Map.entry(
              "statistics-school-and-pupil-numbers", "Schools, pupils and their characteristics"),
          Map.entry("a-level-and-other-16-to-18-results", "A level and other 16 to 18 results"),
          Map.entry(
              "level-2-and-3-attainment-by-young-people-aged-19", "Level 2 and 3 attainment at 19"),
          Map.entry("statistics-attainment-at-19-years", "Level 2 and 3 attainment at 19"),
          Map.entry("neet-and-participation-local-authority-figures", "NEET and participation"),
          Map.entry(
              "september-guarantee-offers-of-education-or-training-for-16-to-17-year-olds",
              "September guarantee"),
          Map.entry(
              "widening-participation-in-higher-education",
              "Widening participation in higher education"),
          Map.entry("la-and-school-expenditure", "LA and school expenditure"),
          Map.entry("local-authorities-pre-16-schools-funding", "Pre-16 schools funding"),
          Map.entry(
              "children-in-low-income-families-local-area-statistics",
              "Children in low income families"),
          Map.entry("youth-justice-statistics", "Youth justice statistics"),
          Map.entry(
              "national-child-measurement-programme-ncmp", "National Child Measurement Programme"));

  /** Sites whose pages are named by the site. */
  private static final Map<String, String> BY_SITE =
      Map.of("fingertips.phe.org.uk", "Public health profiles (Fingertips)");

  /** A path name that is a year ({@code 2024}, {@code 2023-24}): the page is the one before. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}(-\\d{2})?");

  private LaitPublications() {}

  /**
   * @param hyperlinks the dictionary's {@code Hyperlink(s)}: an address, null or empty when none
   * @param owner the dictionary's data owner, the fallback; null when none
   * @return null when neither tells
   */
  public static String of(String hyperlinks, String owner) {
    String known = byAddress(hyperlinks);
    return known != null ? known : ownerOf(owner);
  }

  private static String byAddress(String hyperlinks) {
    if (hyperlinks == null || hyperlinks.isBlank()) {
      return null;
    }
    URI address;
    try {
      address = new URI(hyperlinks.strip().split("\\s+")[0]);
    } catch (URISyntaxException e) {
      return null;
    }
    String site = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
    if (BY_SITE.containsKey(site)) {
      return BY_SITE.get(site);
    }
    String page = pageOf(address.getPath() == null ? "" : address.getPath());
    String known = BY_PAGE.get(page);
    if (known != null) {
      return known;
    }
    for (Map.Entry<String, String> entry : BY_PAGE.entrySet()) {
      if (page.startsWith(entry.getKey() + "-")) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The last name of the path that is not a year, in lower case. */
  private static String pageOf(String path) {
    String[] names = path.toLowerCase(Locale.ROOT).split("/");
    for (int i = names.length - 1; i >= 0; i--) {
      if (!names[i].isBlank() && !YEAR.matcher(names[i]).matches()) {
        return names[i];
      }
    }
    return "";
  }

  /** The owner's first line, or null when it names no one (the dictionary writes {@code 0}). */
  private static String ownerOf(String owner) {
    if (owner == null) {
      return null;
    }
    String first = owner.strip().split("\\R", 2)[0].strip();
    return first.isEmpty() || first.equals("0") ? null : first;
  }
}
