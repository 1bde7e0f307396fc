package beacon.papers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a council's paper of a layout prints its indicators where that is not the catalogue's way,
 * kept with the layout's front sheet: the order it lists them in, the titles it words otherwise ("%
 * repeat referrals", as the 2017/18 Cabinet scorecard printed it), and the headings it writes
 * otherwise ("4. Education and Childrens Services Portfolio RED").
 *
 * @param order indicator codes in the order the paper lists them; the rest follow in catalogue
 *     order
 * @param titles the title printed, by indicator code
 * @param headings the heading printed, by the heading Beacon gives the group or section
 */
public record Printing(
    List<String> order, Map<String, String> titles, Map<String, String> headings) {

  /** Between what is renamed and what it is printed as, as typed and as kept. */
  public static final String AS = " = ";

  public Printing {
    order = List.copyOf(order);
    titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    headings = Collections.unmodifiableMap(new LinkedHashMap<>(headings));
  }

  /** The catalogue's way throughout. */
  public static Printing asCatalogued() {
    return new Printing(List.of(), Map.of(), Map.of());
  }

  /** The line as the paper prints it: its own title, and its group and section headings. */
  PaperLine print(PaperLine line) {
    return line.titled(titles.getOrDefault(line.code(), line.measure()))
        .headed(heading(line.group()), heading(line.section()));
  }

  /** What is said under each heading, under the heading as the paper prints it. */
  Map<String, String> headed(Map<String, String> underHeadings) {
    Map<String, String> printed = new LinkedHashMap<>();
    underHeadings.forEach((heading, text) -> printed.put(heading(heading), text));
    return printed;
  }

  /** The heading as the paper prints it. */
  String heading(String heading) {
    return headings.getOrDefault(heading, heading);
  }

  /** "A = B" a line, as the front sheet's page shows them and the database keeps them. */
  public static String written(Map<String, String> renamed) {
    StringBuilder lines = new StringBuilder();
    renamed.forEach(
        (from, to) -> lines.append(lines.isEmpty() ? "" : "\n").append(from).append(AS).append(to));
    return lines.toString();
  }

  /** The lines written by {@link #written}, read back. */
  public static Map<String, String> read(String lines) {
    Map<String, String> renamed = new LinkedHashMap<>();
    if (lines != null && !lines.isBlank()) {
      for (String line : lines.split("\\R")) {
        int at = line.indexOf(AS);
        renamed.put(line.substring(0, at), line.substring(at + AS.length()));
      }
    }
    return renamed;
  }
}
