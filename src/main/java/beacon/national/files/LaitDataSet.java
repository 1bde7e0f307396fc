package beacon.national.files;

import beacon.rules.national.LaitValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The LAIT's whole data set ({@code bds_long_0.csv.gz}): columns {@code Short Desc, Data item,
 * Years, LA and Regions, Values, LA Number, Region}, one row per measure, year and area, each
 * measure's rows together. Read as a stream, one value at a time.
 */
public final class LaitDataSet {

  /** Where the product ships it, on the classpath. */
  public static final String RESOURCE = "/national/lait/bds_long_0.csv.gz";

  private static final String FILE = "bds_long_0.csv.gz";

  private LaitDataSet() {}

  /**
   * Gives each row of the gzipped data set to {@code each}, in the file's order.
   *
   * @throws NationalFileException naming the row, for a row that cannot be read
   */
  public static void read(InputStream gzipped, Consumer<LaitValue> each) {
    CsvRecords records = CsvRecords.ofGzipped(FILE, gzipped);
    CsvRecords.Header header = records.header();
    int measure = header.column("Short Desc");
    int name = header.column("Data item");
    int year = header.column("Years");
    int area = header.column("LA and Regions");
    int value = header.column("Values");
    int code = header.column("LA Number");
    int region = header.column("Region");
    int width = header.headings().size();
    String currentMeasure = null;
    String currentName = null;
    List<String> row;
    while ((row = records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != width) {
        throw records.problem(
            "expected "
                + width
                + " cells, found "
                + row.size()
                + " ("
                + String.join(",", row)
                + ")");
      }
      String measureCode = row.get(measure).strip();
      String areaCode = row.get(code).strip();
      if (measureCode.isEmpty() || areaCode.isEmpty()) {
        throw records.problem("a row without its measure or area code");
      }
      if (!measureCode.equals(currentMeasure)) {
        currentMeasure = measureCode;
        currentName = null;
      }
      String rowName = row.get(name).strip();
      if (!rowName.isEmpty()) {
        currentName = rowName;
      }
      String text = row.get(value);
      BigDecimal figure = LaitFigures.value(text);
      each.accept(
          new LaitValue(
              measureCode,
              currentName,
              row.get(year).strip(),
              areaCode,
              row.get(area).strip(),
              regionOf(row.get(region)),
              figure,
              figure == null ? LaitFigures.suppression(text) : null));
    }
  }

  private static String regionOf(String text) {
    String region = text.strip();
    return region.isEmpty() || region.equals("NA") ? null : region;
  }
}
