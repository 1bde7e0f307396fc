package beacon.imports.file;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file as an import reads it, to its last row, and prints how many rows it had and the last
 * row's note. Run in a Java of its own, with a heap as small as a test chooses, to show what
 * reading a file takes.
 */
final class ReadsATable {

  private ReadsATable() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rows = 0;
    String note = "";
    try (InputStream content = Files.newInputStream(file);
        Table table =
            TableFiles.open(
                file.getFileName().toString(),
                Files.size(file),
                content,
                null,
                FileSizeLimit.megabytes(50).bytes())) {
      for (TableRow row : table) {
        rows++;
        note = row.text("note");
      }
    }
    System.out.println(rows + " rows, the last noted " + note);
  }
}
