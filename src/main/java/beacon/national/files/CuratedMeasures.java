package beacon.national.files;

import beacon.rules.rating.Polarity;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Beacon's own description of the national measures councils' papers use ({@code
 * national/ees/measures.csv}): columns {@code code, name, polarity, decimals, year_type,
 * publication, variant}, one row per measure, EES or LAIT. What a row says is said over what the
 * data's own description says; an empty cell leaves that alone.
 */
public final class CuratedMeasures {

  /** Where the product ships it, on the classpath. */
  public static final String RESOURCE = "/national/ees/measures.csv";

  private static final String FILE = "measures.csv";

  /**
   * What one row says of a measure; null for an empty cell.
   *
   * @param polarity {@code HIGH}, {@code LOW} or {@code NONE}
   * @param yearType as the LAIT's dictionary writes it: {@code Financial Year}, {@code Academic
   *     Year}, {@code Calendar Year}, {@code Annual (end of Sept)}
   */
  public record Curated(
      String code,
      String name,
      Polarity polarity,
      Integer decimals,
      String yearType,
      String publication,
      String variant) {

    /** The measure as this row describes it, over what it said before. */
    public NationalMeasure over(NationalMeasure measure) {
      return new NationalMeasure(
          measure.code(),
          or(name, measure.name()),
          measure.topic(),
          or(polarity, measure.polarity()),
          or(decimals, measure.decimals()),
          or(yearType, measure.yearType()),
          measure.description(),
          measure.methodology(),
          measure.owner(),
          measure.lastUpdate(),
          measure.nextUpdate(),
          or(publication, measure.publication()),
          or(variant, measure.variant()),
          measure.banded(),
          measure.source());
    }

    private static <T> T or(T curated, T before) {
      return curated != null ? curated : before;
    }
  }

  private CuratedMeasures() {}

  /**
   * The rows by code, in the file's order.
   *
   * @throws NationalFileException naming the row, for a row that cannot be read or a code given
   *     twice
   */
  public static Map<String, Curated> read(InputStream csv) {
    CsvRecords records = CsvRecords.of(FILE, csv);
    CsvRecords.Header header = records.header();
    int code = header.column("code");
    int name = header.column("name");
    int polarity = header.column("polarity");
    int decimals = header.column("decimals");
    int yearType = header.column("year_type");
    int publication = header.column("publication");
    int variant = header.column("variant");
    Map<String, Curated> curated = new LinkedHashMap<>();
    List<String> row;
    while ((row = records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.headings().size()) {
        throw records.problem(
            "expected " + header.headings().size() + " cells, found " + row.size());
      }
      String measure = row.get(code).strip();
      if (measure.isEmpty()) {
        throw records.problem("a row without its code");
      }
      Curated described =
          new Curated(
              measure,
              text(row.get(name)),
              polarity(records, row.get(polarity)),
              decimals(records, row.get(decimals)),
              text(row.get(yearType)),
              text(row.get(publication)),
              text(row.get(variant)));
      if (curated.putIfAbsent(measure, described) != null) {
        throw records.problem(measure + " is described twice");
      }
    }
    return curated;
  }

  private static Polarity polarity(CsvRecords records, String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Polarity.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw records.problem("polarity '" + text + "' is not HIGH, LOW or NONE");
    }
  }

  private static Integer decimals(CsvRecords records, String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw records.problem("decimals '" + text + "' is not a whole number");
    }
  }

  private static String text(String cell) {
    String text = cell.strip();
    return text.isEmpty() ? null : text;
  }
}
