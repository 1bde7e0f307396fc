package beacon.imports;

import beacon.benchmark.Benchmarks;
import beacon.imports.file.Table;
import beacon.indicator.Indicators;
import beacon.organisation.UnknownOrganisationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Imports a file of any kind for an organisation, all or nothing: {@code values} through {@link
 * ValueImports}, the small kinds ({@code indicators}, {@code targets}, {@code benchmarks}) row by
 * row, and a file of DfE statistics ({@code dfe-statistics}) as an indicator's benchmarks. Every
 * row is read and checked first; when any has a problem, or in a dry run, nothing is written.
 * Importing the same file again changes nothing; what a file changes keeps what it was, with who
 * and why.
 */
@Service
public class FileImports {

  /** The kinds of file Beacon imports, as the API names them. */
  /** The kind of a file of DfE statistics, imported as an indicator's benchmarks. */
  public static final String DFE_STATISTICS = "dfe-statistics";

  /** The kind of a file of indicators, the only kind that may create what it names. */
  public static final String INDICATORS = "indicators";

  /** Why an import of another kind cannot be asked to create what is missing. */
  public static final String CREATE_MISSING_IS_FOR_INDICATORS =
      "createMissing adds the portfolios, priorities, themes and schemes a file of indicators names:"
          + " it is for a file of indicators only";

  public static final List<String> KINDS =
      List.of(INDICATORS, "values", "targets", "benchmarks", DfeStatisticsFile.KIND);

  private final ValueImports values;
  private final RowByRowImports rowByRow;
  private final Map<String, RowKind<?>> smallKinds = new HashMap<>();
  private final IndicatorFile indicatorFile;
  private final Indicators indicators;
  private final Benchmarks benchmarks;

  FileImports(
      ValueImports values,
      RowByRowImports rowByRow,
      IndicatorFile indicatorFile,
      TargetFile targetFile,
      BenchmarkFile benchmarkFile,
      Indicators indicators,
      Benchmarks benchmarks) {
    this.values = values;
    this.rowByRow = rowByRow;
    this.indicators = indicators;
    this.benchmarks = benchmarks;
    this.indicatorFile = indicatorFile;
    for (RowKind<?> kind : List.of(indicatorFile, targetFile, benchmarkFile)) {
      smallKinds.put(kind.kind(), kind);
    }
  }

  public static boolean imports(String kind) {
    return KINDS.contains(kind);
  }

  /**
   * @param kind one of {@link #KINDS}
   * @param by who imports the file, recorded with everything it writes
   * @param reason why what is already recorded is changed; null or blank for the standard one
   * @throws UnknownOrganisationException when there is no organisation with the code
   * @throws IllegalArgumentException when Beacon does not import the kind
   */
  public ImportReport run(
      String kind, String organisationCode, Table table, boolean dryRun, String by, String reason) {
    return run(kind, organisationCode, table, dryRun, by, reason, null);
  }

  /**
   * @param measure for a file of DfE statistics, which of its figures are benchmarks of which
   *     indicator; ignored for the other kinds
   */
  public ImportReport run(
      String kind,
      String organisationCode,
      Table table,
      boolean dryRun,
      String by,
      String reason,
      DfeMeasure measure) {
    return run(kind, organisationCode, table, null, dryRun, by, reason, measure);
  }

  /**
   * @param again opens the same file again, read from its start, for an import that reads it twice
   *     (values copied straight in that meet values recorded); null when it cannot be
   */
  public ImportReport run(
      String kind,
      String organisationCode,
      Table table,
      Supplier<Table> again,
      boolean dryRun,
      String by,
      String reason,
      DfeMeasure measure) {
    return run(kind, organisationCode, table, again, dryRun, by, reason, measure, false);
  }

  /**
   * @param createMissing for a file of indicators, whether to add the portfolios, priorities and
   *     themes it names that the catalogue does not have, rather than refuse their rows
   * @throws IllegalArgumentException when asked to create what is missing for another kind
   */
  public ImportReport run(
      String kind,
      String organisationCode,
      Table table,
      Supplier<Table> again,
      boolean dryRun,
      String by,
      String reason,
      DfeMeasure measure,
      boolean createMissing) {
    if (createMissing && !kind.equals(INDICATORS)) {
      throw new IllegalArgumentException(CREATE_MISSING_IS_FOR_INDICATORS);
    }
    if (createMissing) {
      return rowByRow.run(
          indicatorFile.creatingMissing(), organisationCode, table, dryRun, by, reason);
    }
    if (kind.equals(DfeStatisticsFile.KIND)) {
      DfeMeasure asked = measure == null ? new DfeMeasure("", "", Map.of(), null) : measure;
      return rowByRow.run(
          new DfeStatisticsFile(indicators, benchmarks, asked),
          organisationCode,
          table,
          dryRun,
          by,
          reason);
    }
    if (kind.equals("values")) {
      return values.run(organisationCode, table, again, dryRun, by, reason);
    }
    RowKind<?> rowKind =
        Optional.ofNullable(smallKinds.get(kind))
            .orElseThrow(() -> new IllegalArgumentException("No import of '" + kind + "'"));
    return rowByRow.run(rowKind, organisationCode, table, dryRun, by, reason);
  }
}
