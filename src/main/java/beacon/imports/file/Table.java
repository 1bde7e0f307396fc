package beacon.imports.file;

import java.util.Iterator;
import java.util.List;

/**
 * An imported file read as a table: its header, then its rows one at a time (the file is never read
 * into memory whole). Rows with every cell empty, such as the blank rows a spreadsheet leaves at
 * the end, are skipped.
 */
public interface Table extends AutoCloseable, Iterable<TableRow> {

  /** The file's name as it was given: "values.csv". */
  String fileName();

  /** The column headings, lower case and trimmed, in the file's order. */
  List<String> headings();

  /** The rows after the header, in order. Reading a row that cannot be read throws. */
  @Override
  Iterator<TableRow> iterator();

  @Override
  void close();
}
