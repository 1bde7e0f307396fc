package beacon.cli;

import beacon.imports.DfeMeasure;
import beacon.imports.FileImports;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of an import of DfE statistics, besides those of every import: which indicator the
 * figures are for, which column holds them, which rows to take and where they come from.
 */
@CommandLine.Command(sortOptions = false, sortSynopsis = false)
final class DfeStatisticsOptions extends ImportOptions {

  /** The kind of file, as the API names it. */
  static final String KIND = FileImports.DFE_STATISTICS;

  @Option(
      names = "--indicator",
      paramLabel = "<code>",
      description = "The indicator whose benchmarks the figures are, such as CSC-REREF-Q.")
  String indicator;

  @Option(
      names = "--measure",
      paramLabel = "<column>",
      description =
          "The heading of the column with the figures, such as rereferral_child_percent;"
              + " without it, Beacon refuses the file and names its columns.")
  String measureColumn;

  @Option(
      names = "--filter",
      paramLabel = "<column>=<value>[;...]",
      description =
          "Where the file has several rows for a place and year, which to take, such as"
              + " \"population_type=Children looked after on 31 March each year\";"
              + " several separated by ;.")
  String filters;

  @Option(
      names = "--source",
      paramLabel = "<name>",
      description =
          "Shown with each figure, followed by its year: \"CIN Census\" gives"
              + " \"CIN Census 2021/22\"; DfE if not given.")
  String source;

  DfeStatisticsOptions() {
    super(KIND);
  }

  @Override
  DfeMeasure measure() {
    List<String> written = filters == null ? List.of() : List.of(filters.split(";"));
    try {
      return DfeMeasure.of(indicator, measureColumn, written, source);
    } catch (IllegalArgumentException e) {
      throw new ArgumentException(e.getMessage());
    }
  }
}
