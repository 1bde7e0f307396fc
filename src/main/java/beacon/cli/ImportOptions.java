package beacon.cli;

import beacon.imports.DfeMeasure;
import beacon.imports.FileImports;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of an import of one kind of file: {@code import values file.csv --org 825 --by "Sam
 * Officer" [--dry-run] [--reason ...] [--sheet ...]}.
 */
@CommandLine.Command(sortOptions = false, sortSynopsis = false)
class ImportOptions implements CommandOptions {

  /** What every import does, after what its file holds. */
  static final String ABOUT =
      "Every row is checked first; when any has a problem, or in a dry run, nothing is written.";

  private final String kind;

  @Parameters(
      paramLabel = "<file>",
      description = "The file: CSV (.csv, .txt) or Excel (.xlsx), with a header row.")
  Path file;

  @Option(
      names = "--org",
      required = true,
      paramLabel = "<code>",
      description = "The organisation whose file it is, by its code, such as 825.")
  String organisation;

  @Option(
      names = "--by",
      paramLabel = "<name>",
      description =
          "Who imports the file, kept with everything it records; not needed for a dry run.")
  String by;

  @Option(
      names = "--dry-run",
      description = "Says what would be added and changed, and writes nothing.")
  boolean dryRun;

  @Option(
      names = "--reason",
      paramLabel = "<why>",
      description = "Why what is recorded changes, kept with each change.")
  String reason;

  @Option(
      names = "--sheet",
      paramLabel = "<name>",
      description = "The sheet of an Excel workbook to read; the first if not given.")
  String sheet;

  @Option(
      names = "--create-missing",
      description =
          "indicators only: adds the portfolios, priorities, themes and schemes the file names that the"
              + " catalogue does not have, rather than refuse their rows.")
  boolean createMissing;

  @Mixin BeaconCommandLine.HelpOption help;

  ImportOptions(String kind) {
    this.kind = kind;
  }

  @Override
  public ImportCommand command() {
    if (by == null && !dryRun) {
      throw new ArgumentException(UsageErrors.give("--by"));
    }
    if (createMissing && !kind.equals(FileImports.INDICATORS)) {
      throw new ArgumentException(
          "--create-missing adds the portfolios, priorities and themes a file of indicators names:"
              + " it is for import indicators only");
    }
    return new ImportCommand(
        kind,
        file,
        organisation,
        by == null ? "" : by,
        dryRun,
        reason,
        sheet,
        measure(),
        createMissing);
  }

  /** Which figures of the file to import: for most kinds, all of them. */
  DfeMeasure measure() {
    return DfeMeasure.of(null, null, List.of(), null);
  }

  @Override
  public String missingWord(String label) {
    return "Name the file to import: import " + kind + " " + label;
  }
}
