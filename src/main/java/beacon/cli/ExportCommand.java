package beacon.cli;

import beacon.papers.Layout;
import beacon.papers.PaperFiles;
import beacon.rules.period.Period;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code export scorecard --org 825 --period 2022-23-Q4 [--format csv] [--output file] [--portfolio
 * name]}: writes a committee paper, as the pages and the API make it.
 *
 * @param output the file to write; empty for the standard output
 * @param portfolio the one portfolio the paper is of; null for all
 */
record ExportCommand(
    Layout layout,
    String organisation,
    Period period,
    PaperFiles.Format format,
    Optional<Path> output,
    String portfolio)
    implements Command {

  /** The usage of an export, on one line, as its help and its usage errors show it. */
  static final String USAGE = BeaconCommandLine.usage("export");

  @Override
  public Optional<String> cannotRun() {
    return output
        .map(file -> file.toAbsolutePath().getParent())
        .filter(folder -> !Files.isDirectory(folder))
        .map(folder -> "There is no folder " + folder + " to write the paper in");
  }

  @Override
  public int run(Runners runners, PrintStream out, PrintStream err) {
    return runners.make(ExportRunner.class).run(this, out, err);
  }
}
