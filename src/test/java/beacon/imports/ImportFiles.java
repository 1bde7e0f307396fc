package beacon.imports;

import beacon.imports.file.Table;
import beacon.imports.file.TableFiles;
import java.io.InputStream;

/** The example files of each kind, as the README documents them, read as an upload would be. */
final class ImportFiles {

  private ImportFiles() {}

  /** {@code src/test/resources/imports/<kind>-example.csv}, opened. */
  static Table example(String kind) {
    String name = kind + "-example.csv";
    InputStream content = ImportFiles.class.getResourceAsStream("/imports/" + name);
    return TableFiles.open(name, content, null, 1 << 20);
  }

  /** The bytes of an example file. */
  static byte[] bytes(String kind) throws java.io.IOException {
    try (InputStream in =
        ImportFiles.class.getResourceAsStream("/imports/" + kind + "-example.csv")) {
      return in.readAllBytes();
    }
  }
}
