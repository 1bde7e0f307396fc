package beacon.national.files;

import beacon.rules.national.ReleaseCalendar;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each national publication usually comes out ({@code national/releases.csv}): columns {@code
 * publication, months_after_the_year_ends, usually_out}, a row per publication as a benchmark's
 * source names it. The last column says the month in words, for whoever reads the file; the number
 * is what counts. A council whose papers follow other dates gives its own file of the same columns.
 */
public final class Releases {

  /** Where the product ships it, on the classpath. */
  public static final String RESOURCE = "/national/releases.csv";

  private Releases() {}

  /** The calendar Beacon ships. */
  public static ReleaseCalendar shipped() {
    return read("releases.csv", Releases.class.getResourceAsStream(RESOURCE));
  }

  /**
   * The calendar a file gives.
   *
   * @throws NationalFileException naming the file and row, for a row that cannot be read, a number
   *     of months that is not a whole number of 0 or more, or a publication given twice
   */
  public static ReleaseCalendar read(String fileName, InputStream csv) {
    CsvRecords records = CsvRecords.of(fileName, csv);
    CsvRecords.Header header = records.header();
    int publication = header.column("publication");
    int months = header.column("months_after_the_year_ends");
    Map<String, Integer> calendar = new LinkedHashMap<>();
    List<String> row;
    while ((row = records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.headings().size()) {
        throw records.problem(
            "expected " + header.headings().size() + " cells, found " + row.size());
      }
      String name = row.get(publication).strip();
      if (name.isEmpty()) {
        throw records.problem("the publication is empty");
      }
      if (calendar.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
        throw records.problem("the publication " + name + " is given twice");
      }
      calendar.put(name, months(records, row.get(months)));
    }
    return new ReleaseCalendar(calendar);
  }

  private static int months(CsvRecords records, String cell) {
    String text = cell.strip();
    try {
      int months = Integer.parseInt(text);
      if (months >= 0) {
        return months;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw records.problem(
        "months_after_the_year_ends '" + text + "' is not a whole number of months, 0 or more");
  }
}
