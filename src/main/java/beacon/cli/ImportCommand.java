package beacon.cli;

import beacon.imports.DfeMeasure;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code import values file.csv --org 825 --by "Sam Officer" [--dry-run] [--reason ...] [--sheet
 * ...]}: imports a file through the same service as the API, all or nothing.
 *
 * @param kind one of {@link beacon.imports.FileImports#KINDS}
 * @param by who imports the file; empty in a dry run that does not say
 * @param measure for a file of DfE statistics, which of its figures to import
 * @param createMissing for a file of indicators, whether to add the portfolios, priorities and
 *     themes it names that the catalogue does not have
 */
record ImportCommand(
    String kind,
    Path file,
    String organisation,
    String by,
    boolean dryRun,
    String reason,
    String sheet,
    DfeMeasure measure,
    boolean createMissing)
    implements Command {

  @Override
  public Optional<String> cannotRun() {
    if (Files.isDirectory(file)) {
      return Optional.of(file + " is a folder; name the file in it to import");
    }
    if (!Files.isReadable(file)) {
      return Optional.of(
          Files.exists(file)
              ? "Beacon may not read " + file + ": check its permissions"
              : "There is no file " + file.toAbsolutePath().normalize());
    }
    return Optional.empty();
  }

  @Override
  public int run(Runners runners, PrintStream out, PrintStream err) {
    return runners.make(ImportRunner.class).run(this, out, err);
  }
}
