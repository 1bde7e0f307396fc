package beacon.imports;

import beacon.imports.file.Table;
import beacon.imports.file.TableRow;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table given in the test itself: a header and rows of cells, as a file would have them. */
final class RowsInMemory implements Table {

  private final String fileName;
  private final List<String> headings;
  private final List<TableRow> rows = new ArrayList<>();

  RowsInMemory(String fileName, String header, String... lines) {
    this.fileName = fileName;
    this.headings = List.of(header.split(",", -1));
    int number = 1;
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      Map<String, String> byHeading = new LinkedHashMap<>();
      for (int i = 0; i < headings.size(); i++) {
        byHeading.put(headings.get(i), i < cells.length ? cells[i].strip() : "");
      }
      rows.add(new TableRow(++number, byHeading));
    }
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public List<String> headings() {
    return headings;
  }

  @Override
  public Iterator<TableRow> iterator() {
    return rows.iterator();
  }

  @Override
  public void close() {}
}
