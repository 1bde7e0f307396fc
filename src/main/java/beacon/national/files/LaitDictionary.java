package beacon.national.files;

import beacon.rules.rating.Polarity;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The LAIT data dictionary ({@code lait_data_dictionary.csv.gz}): one row per measure and topic,
 * quoted cells running over several lines. Its {@code Measure_short} is the code the data set
 * writes in {@code Short Desc}; its {@code Measure_code} is an internal number that several
 * measures share, so it is not used. A measure's publication is told by the page its {@code
 * Hyperlink(s)} names ({@link LaitPublications}); it is banded unless its {@code No_Quartile} is
 * {@code N}.
 */
public final class LaitDictionary {

  /** Where the product ships it, on the classpath. */
  public static final String RESOURCE = "/national/lait/lait_data_dictionary.csv.gz";

  private static final String FILE = "lait_data_dictionary.csv.gz";

  /** Excel counts days from 30 December 1899 (its 1900 leap-year error included). */
  private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);

  /** Excel writes a line break in a cell as CR LF, sometimes CR CR LF. */
  private static final Pattern WINDOWS_LINE_END = Pattern.compile("\r+\n?");

  private LaitDictionary() {}

  /**
   * The measures, one per data set code, in the dictionary's order. Fourteen measures are listed
   * twice, under their own topic and again under "All Pupil Absence &amp; Exclusions"; the first
   * listing is kept.
   */
  public static List<NationalMeasure> read(InputStream gzipped) {
    List<NationalMeasure> measures = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Dictionary dictionary = new Dictionary(CsvRecords.ofGzipped(FILE, gzipped));
    List<String> row;
    while ((row = dictionary.records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      NationalMeasure measure = dictionary.measure(row);
      if (codes.add(measure.code())) {
        measures.add(measure);
      }
    }
    return measures;
  }

  /**
   * The codes of the measures the LAIT shows without quartile bands (its {@code No_Quartile} is
   * {@code N}).
   */
  public static Set<String> withoutQuartiles(InputStream gzipped) {
    Set<String> codes = new HashSet<>();
    Dictionary dictionary = new Dictionary(CsvRecords.ofGzipped(FILE, gzipped));
    List<String> row;
    while ((row = dictionary.records.next()) != null) {
      if (dictionary.withoutQuartile(row)) {
        codes.add(row.get(dictionary.code).strip());
      }
    }
    return codes;
  }

  /** {@code High} and {@code Low}; anything else ({@code -}, {@code NA}) has no polarity. */
  static Polarity polarity(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "high" -> Polarity.HIGH;
      case "low" -> Polarity.LOW;
      default -> Polarity.NONE;
    };
  }

  /** An Excel serial day number as an ISO date; other words as written; null for NA or empty. */
  static String date(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equals("NA")) {
      return null;
    }
    if (t.chars().allMatch(Character::isDigit) && t.length() <= 6) {
      return EXCEL_DAY_ZERO.plusDays(Long.parseLong(t)).toString();
    }
    return t;
  }

  private static final class Dictionary {
    private final CsvRecords records;
    private final CsvRecords.Header header;
    private final int code;
    private final int name;
    private final int topic;
    private final int polarity;
    private final int decimals;
    private final int yearType;
    private final int description;
    private final int methodology;
    private final int owner;
    private final int lastUpdate;
    private final int nextUpdate;
    private final int hyperlinks;
    private final int noQuartile;

    Dictionary(CsvRecords records) {
      this.records = records;
      this.header = records.header();
      code = header.column("Measure_short");
      name = header.column("Measure");
      topic = header.column("Topic");
      polarity = header.column("Polarity");
      decimals = header.column("dps");
      yearType = header.column("Year_Type");
      description = header.column("Description");
      methodology = header.column("Methodology");
      owner = header.column("Data Owner (DO) /Supplier and Contact Details");
      lastUpdate = header.column("Last Update");
      nextUpdate = header.column("Next Update");
      hyperlinks = header.column("Hyperlink(s)");
      noQuartile = header.column("No_Quartile");
    }

    NationalMeasure measure(List<String> row) {
      if (row.size() != header.headings().size()) {
        throw records.problem(
            "expected " + header.headings().size() + " cells, found " + row.size());
      }
      String measureCode = row.get(code).strip();
      if (measureCode.isEmpty()) {
        throw records.problem("a measure without its Measure_short code");
      }
      return new NationalMeasure(
          measureCode,
          text(row.get(name)),
          text(row.get(topic)),
          polarity(row.get(polarity)),
          decimals(row.get(decimals)),
          text(row.get(yearType)),
          text(row.get(description)),
          text(row.get(methodology)),
          text(row.get(owner)),
          date(row.get(lastUpdate)),
          date(row.get(nextUpdate)),
          LaitPublications.of(text(row.get(hyperlinks)), text(row.get(owner))),
          null,
          !withoutQuartile(row),
          NationalMeasure.LAIT);
    }

    boolean withoutQuartile(List<String> row) {
      return row.size() > noQuartile && row.get(noQuartile).strip().equalsIgnoreCase("N");
    }

    private Integer decimals(String text) {
      String t = text.strip();
      if (t.isEmpty() || t.equals("NA")) {
        return null;
      }
      try {
        return Integer.valueOf(t);
      } catch (NumberFormatException e) {
        throw records.problem("dps is not a whole number: " + t);
      }
    }
  }

  /** The cell's text with Windows line ends made plain; null for NA, a dash or empty. */
  private static String text(String cell) {
    String t = WINDOWS_LINE_END.matcher(cell).replaceAll("\n").strip();
    return t.isEmpty() || t.equals("NA") || t.equals("-") ? null : t;
  }
}
