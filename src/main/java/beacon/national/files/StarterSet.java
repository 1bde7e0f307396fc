package beacon.national.files;

import beacon.rules.rating.Unit;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The standard children's services measures a new council may start its catalogue from ({@code
 * national/starter/starter-set.csv}): columns {@code code, measure, title, unit, group}, one row
 * per indicator, in the order a council's papers usually take them. The measure's name, polarity,
 * decimal places and year type come from the national data; the row says the code the indicator is
 * given, the unit its figures are written in and the group it is offered under.
 */
public final class StarterSet {

  /** Where the product ships it, on the classpath. */
  public static final String RESOURCE = "/national/starter/starter-set.csv";

  private static final String FILE = "starter-set.csv";

  /** One row: the indicator a measure starts. */
  public record Entry(String code, String measure, String title, Unit unit, String group) {}

  private StarterSet() {}

  /** The set Beacon ships. */
  public static List<Entry> shipped() {
    return read(StarterSet.class.getResourceAsStream(RESOURCE));
  }

  /**
   * The rows, in the file's order.
   *
   * @throws NationalFileException naming the row, for a row that cannot be read, a unit Beacon does
   *     not know, or a code or measure given twice
   */
  public static List<Entry> read(InputStream csv) {
    CsvRecords records = CsvRecords.of(FILE, csv);
    CsvRecords.Header header = records.header();
    int code = header.column("code");
    int measure = header.column("measure");
    int title = header.column("title");
    int unit = header.column("unit");
    int group = header.column("group");
    List<Entry> entries = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> measures = new HashSet<>();
    List<String> row;
    while ((row = records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.headings().size()) {
        throw records.problem(
            "expected " + header.headings().size() + " cells, found " + row.size());
      }
      Entry entry =
          new Entry(
              required(records, row.get(code), "code"),
              required(records, row.get(measure), "measure"),
              required(records, row.get(title), "title"),
              unit(records, row.get(unit)),
              required(records, row.get(group), "group"));
      if (!codes.add(entry.code())) {
        throw records.problem("the code " + entry.code() + " is given twice");
      }
      if (!measures.add(entry.measure())) {
        throw records.problem("the measure " + entry.measure() + " is given twice");
      }
      entries.add(entry);
    }
    return List.copyOf(entries);
  }

  private static String required(CsvRecords records, String cell, String column) {
    String text = cell.strip();
    if (text.isEmpty()) {
      throw records.problem("the " + column + " is empty");
    }
    return text;
  }

  private static Unit unit(CsvRecords records, String cell) {
    String text = cell.strip();
    try {
      return Unit.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw records.problem(
          "unit '" + text + "' is not PERCENT, NUMBER, SCORE, RATE, DAYS or PER_10000");
    }
  }
}
