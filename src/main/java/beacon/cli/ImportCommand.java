package beacon.cli;

import beacon.imports.DfeMeasure;
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
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * {@code import values file.csv --org 825 --by "Sam Officer" [--dry-run] [--reason ...] [--sheet
 * ...]}: imports a file through the same service as the API, all or nothing.
 */
record ImportCommand(
    String kind,
    Path file,
    String organisation,
    String by,
    boolean dryRun,
    String reason,
    String sheet,
    DfeMeasure measure)
    implements Command {

  static final String USAGE =
      "java -jar beacon.jar import <kind> <file> --org <code> --by <name> [--dry-run]"
          + " [--reason <why>] [--sheet <name>]\n"
          + "    dfe-statistics also takes --indicator <code> --measure <column>"
          + " [--filter \"<column>=<value>[;...]\"] [--source <name>]";

  /** The kinds of file, each with the import that reads it; one line each. */
  private static final Map<String, Function<BeanFactory, FileImport>> KINDS = kinds();

  private static Map<String, Function<BeanFactory, FileImport>> kinds() {
    Map<String, Function<BeanFactory, FileImport>> kinds = new LinkedHashMap<>();
    for (String kind : FileImports.KINDS) {
      kinds.put(
          kind,
          beans ->
              (organisation, table, dryRun, by, reason, measure) ->
                  beans
                      .getBean(FileImports.class)
                      .run(kind, organisation, table, dryRun, by, reason, measure));
    }
    return kinds;
  }

  /** An import of one kind of file, as the API runs it. */
  @FunctionalInterface
  interface FileImport {
    ImportReport run(
        String organisation,
        Table table,
        boolean dryRun,
        String by,
        String reason,
        DfeMeasure measure);
  }

  static final Set<String> OPTIONS =
      Set.of("org", "by", "reason", "sheet", "indicator", "measure", "filter", "source");
  static final Set<String> FLAGS = Set.of("dry-run");

  /**
   * @throws ArgumentException when the command line does not say what to import, or says it wrong
   */
  static ImportCommand from(CommandLine line) {
    String kind =
        line.word(1)
            .orElseThrow(
                () -> new ArgumentException("Say what the file holds: import values <file>"));
    if (!KINDS.containsKey(kind)) {
      throw new ArgumentException(
          "Beacon imports "
              + String.join(", ", KINDS.keySet())
              + " files; there is no import of '"
              + kind
              + "'");
    }
    String file =
        line.word(2)
            .orElseThrow(
                () -> new ArgumentException("Name the file to import: import " + kind + " <file>"));
    line.takesWords(3);
    String organisation = line.required("org");
    boolean dryRun = line.flag("dry-run");
    String by = dryRun ? line.option("by").orElse("") : line.required("by");
    return new ImportCommand(
        kind,
        Path.of(file),
        organisation,
        by,
        dryRun,
        line.option("reason").orElse(null),
        line.option("sheet").orElse(null),
        measure(line));
  }

  /** Which figures of a file of DfE statistics to import, as the options say. */
  private static DfeMeasure measure(CommandLine line) {
    List<String> filters =
        line.option("filter").map(written -> List.of(written.split(";"))).orElse(List.of());
    try {
      return DfeMeasure.of(
          line.option("indicator").orElse(null),
          line.option("measure").orElse(null),
          filters,
          line.option("source").orElse(null));
    } catch (IllegalArgumentException e) {
      throw new ArgumentException(e.getMessage());
    }
  }

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
  public int run(ApplicationContext beacon, PrintStream out, PrintStream err) {
    long sizeLimit =
        DataSize.parse(beacon.getEnvironment().getProperty("beacon.imports.size-limit", "50MB"))
            .toBytes();
    String name = file.getFileName().toString();
    ImportReport report;
    try (InputStream content = Files.newInputStream(file);
        Table table = TableFiles.open(name, content, sheet, sizeLimit)) {
      report = KINDS.get(kind).apply(beacon).run(organisation, table, dryRun, by, reason, measure);
    } catch (UnreadableFileException e) {
      err.println(e.problem().line());
      out.println(ImportReportText.refused(name, 1));
      return REFUSED;
    } catch (UnknownOrganisationException e) {
      err.println(e.getMessage());
      return NOT_DONE;
    } catch (IOException e) {
      err.println("Beacon could not read " + file + ": " + e.getMessage());
      return NOT_DONE;
    }
    if (!report.accepted()) {
      report.problems().forEach(problem -> err.println(problem.line()));
      int unlisted = report.problemCount() - report.problems().size();
      if (unlisted > 0) {
        err.println(name + ": and " + unlisted + " more problems");
      }
      out.println(ImportReportText.refused(name, report.problemCount()));
      return REFUSED;
    }
    ImportReportText.of(report, organisation).forEach(out::println);
    return DONE;
  }
}
