package beacon.imports.web;

import beacon.imports.DfeMeasure;
import beacon.imports.FileImports;
import beacon.imports.ImportReport;
import beacon.imports.ValueImports;
import beacon.imports.file.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The kinds of file Beacon imports, each with its importer, in the order the import page offers
 * them. A kind added here is offered on the page at once; its texts are {@code imports.kind.<kind>}
 * and {@code imports.kind.<kind>.hint} in {@code messages/imports.properties}.
 */
@Component
class ImportKinds {

  /** Runs the import of one kind of file, as {@link ValueImports#run} does for values. */
  @FunctionalInterface
  interface Importer {
    ImportReport run(
        String organisationCode,
        Table table,
        boolean dryRun,
        String by,
        String reason,
        DfeMeasure measure);
  }

  /** The kind that takes an indicator, a measure and filters besides the file. */
  static final String DFE_STATISTICS = "dfe-statistics";

  private final Map<String, Importer> importers = new LinkedHashMap<>();

  ImportKinds(FileImports files) {
    for (String kind : List.of("values", "targets", "benchmarks", DFE_STATISTICS, "indicators")) {
      importers.put(
          kind,
          (organisation, table, dryRun, by, reason, measure) ->
              files.run(kind, organisation, table, dryRun, by, reason, measure));
    }
  }

  /** The kinds, in the order they are offered. */
  List<String> names() {
    return List.copyOf(importers.keySet());
  }

  Optional<Importer> importer(String kind) {
    return Optional.ofNullable(kind).map(importers::get);
  }
}
