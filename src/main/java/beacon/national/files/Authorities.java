package beacon.national.files;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * English authorities ({@code la_lookup_from_ees_c1_2013_2025.csv}): old and new codes, name,
 * region, first and last year.
 */
public final class Authorities {

  /** Where the product ships it, on the classpath. */
  public static final String RESOURCE = "/national/neighbours/la_lookup_from_ees_c1_2013_2025.csv";

  private static final String FILE = "la_lookup_from_ees_c1_2013_2025.csv";

  private Authorities() {}

  public static List<Authority> read(InputStream csv) {
    CsvRecords records = CsvRecords.of(FILE, csv);
    CsvRecords.Header header = records.header();
    int oldCode = header.column("old_la_code");
    int newCode = header.column("new_la_code");
    int name = header.column("la_name");
    int regionCode = header.column("region_code");
    int regionName = header.column("region_name");
    int firstYear = header.column("first_year");
    int lastYear = header.column("last_year");
    List<Authority> authorities = new ArrayList<>();
    List<String> row;
    while ((row = records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() < header.headings().size()) {
        throw records.problem("expected " + header.headings().size() + " cells");
      }
      authorities.add(
          new Authority(
              row.get(oldCode).strip(),
              row.get(newCode).strip(),
              row.get(name).strip(),
              row.get(regionCode).strip(),
              row.get(regionName).strip(),
              year(records, row.get(firstYear)),
              year(records, row.get(lastYear))));
    }
    return authorities;
  }

  private static int year(CsvRecords records, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw records.problem("not a year: " + text);
    }
  }
}
