package beacon.national.files;

import beacon.rules.national.Neighbour;
import beacon.rules.national.NeighbourModel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two statistical neighbour models the product ships. The 2021 file ({@code SN1, SNP, SN2,
 * SNP...}) lists, after the authorities of 2021, the "Old SNs" of authorities since reorganised
 * (Bournemouth, Poole, Dorset before 2019, Northamptonshire); they are kept, for the years those
 * authorities reported.
 */
public final class NeighbourModels {

  public static final String RESOURCE_2021 =
      "/national/neighbours/New_Statistical_Neighbour_Groupings_April_2021.csv";
  public static final String RESOURCE_2025 = "/national/neighbours/sn_model_2025_wide.csv";

  private static final int NEIGHBOURS = 10;

  private NeighbourModels() {}

  /** The 2021 model: {@code LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, ... SN10, SNP}. */
  public static NeighbourModel read2021(InputStream csv) {
    CsvRecords records = CsvRecords.of("New_Statistical_Neighbour_Groupings_April_2021.csv", csv);
    CsvRecords.Header header = records.header();
    return read("2021", records, header.column("LA num"), header.column("SN1"));
  }

  /** The 2025 model: {@code old_la_code, la_name, region_ind, region_name, SN_1, SN_1P, ...}. */
  public static NeighbourModel read2025(InputStream csv) {
    CsvRecords records = CsvRecords.of("sn_model_2025_wide.csv", csv);
    CsvRecords.Header header = records.header();
    return read("2025", records, header.column("old_la_code"), header.column("SN_1"));
  }

  /** Each neighbour's code is followed by its closeness, from the first neighbour's column. */
  private static NeighbourModel read(
      String name, CsvRecords records, int authority, int firstNeighbour) {
    Map<String, List<Neighbour>> neighboursOf = new LinkedHashMap<>();
    List<String> row;
    while ((row = records.next()) != null) {
      String code = row.get(authority).strip();
      if (!isCode(code)) {
        continue;
      }
      if (row.size() < firstNeighbour + 2 * NEIGHBOURS) {
        throw records.problem("expected ten neighbours, each with its closeness");
      }
      List<Neighbour> neighbours = new ArrayList<>(NEIGHBOURS);
      for (int i = 0; i < NEIGHBOURS; i++) {
        String neighbour = row.get(firstNeighbour + 2 * i).strip();
        if (!isCode(neighbour)) {
          throw records.problem("neighbour " + (i + 1) + " is not an authority code: " + neighbour);
        }
        neighbours.add(
            new Neighbour(neighbour, i + 1, closeness(row.get(firstNeighbour + 2 * i + 1))));
      }
      if (neighboursOf.putIfAbsent(code, List.copyOf(neighbours)) != null) {
        throw records.problem("authority " + code + " is listed twice");
      }
    }
    return new NeighbourModel(name, neighboursOf);
  }

  /** The closeness in one spelling: {@code Very Close } and {@code Very close} are the same. */
  static String closeness(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return null;
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static boolean isCode(String text) {
    return text.length() == 3 && text.chars().allMatch(Character::isDigit);
  }
}
