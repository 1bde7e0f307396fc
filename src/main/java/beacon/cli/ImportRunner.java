package beacon.cli;

import beacon.imports.FileImports;
import beacon.imports.ImportReport;
import beacon.imports.file.Table;
import beacon.imports.file.TableFiles;
import beacon.imports.file.UnreadableFileException;
import beacon.organisation.UnknownOrganisationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Carries out an import command: reads its file, as large as the API takes, and imports it through
 * the same service as the API, all or nothing.
 */
final class ImportRunner {

  private final FileImports imports;
  private final long sizeLimit;

  ImportRunner(
      FileImports imports, @Value("${beacon.imports.size-limit:50MB}") DataSize sizeLimit) {
    this.imports = imports;
    this.sizeLimit = sizeLimit.toBytes();
  }

  int run(ImportCommand command, PrintStream out, PrintStream err) {
    String name = command.file().getFileName().toString();
    ImportReport report;
    try (InputStream content = Files.newInputStream(command.file());
        Table table = TableFiles.open(name, content, command.sheet(), sizeLimit)) {
      report =
          imports.run(
              command.kind(),
              command.organisation(),
              table,
              () -> opened(command),
              command.dryRun(),
              command.by(),
              command.reason(),
              command.measure(),
              command.createMissing());
    } catch (UnreadableFileException e) {
      err.println(e.problem().line());
      out.println(ImportReportText.refused(name, 1));
      return Command.REFUSED;
    } catch (UnknownOrganisationException e) {
      err.println(e.getMessage());
      return Command.NOT_DONE;
    } catch (IOException e) {
      err.println("Beacon could not read " + command.file() + ": " + e.getMessage());
      return Command.NOT_DONE;
    }
    if (!report.accepted()) {
      report.problems().forEach(problem -> err.println(problem.line()));
      int unlisted = report.problemCount() - report.problems().size();
      if (unlisted > 0) {
        err.println(name + ": and " + unlisted + " more problems");
      }
      out.println(ImportReportText.refused(name, report.problemCount()));
      return Command.REFUSED;
    }
    ImportReportText.of(report, command.organisation()).forEach(out::println);
    return Command.DONE;
  }

  /** The command's file, opened again from its start. */
  private Table opened(ImportCommand command) {
    try {
      return TableFiles.open(
          command.file().getFileName().toString(),
          Files.newInputStream(command.file()),
          command.sheet(),
          sizeLimit);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
