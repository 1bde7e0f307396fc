package beacon.imports;

import beacon.imports.file.Table;
import beacon.imports.file.TableRow;
import beacon.imports.file.UnreadableFileException;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.organisation.UnknownOrganisationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports a values file for an organisation, all or nothing: every row is read and checked (the
 * same limits as the value form: {@link beacon.rules.value.ValueLimits}), staged, and compared with
 * what is recorded; when any row has a problem, or in a dry run, nothing is written. Importing the
 * same file again changes nothing; a value that differs is a correction, kept in the value's
 * history with who and why.
 */
@Service
public class ValueImports {

  private final Organisations organisations;
  private final Indicators indicators;
  private final StagedValues staged;
  private final Clock clock;

  ValueImports(
      Organisations organisations, Indicators indicators, StagedValues staged, Clock clock) {
    this.organisations = organisations;
    this.indicators = indicators;
    this.staged = staged;
    this.clock = clock;
  }

  /**
   * @param by who imports the file, recorded with every value it writes
   * @param reason why values already recorded are corrected; null or blank for the standard one
   * @throws UnknownOrganisationException when there is no organisation with the code
   */
  @Transactional
  public ImportReport run(
      String organisationCode, Table table, boolean dryRun, String by, String reason) {
    Organisation organisation =
        organisations
            .withCode(organisationCode)
            .orElseThrow(() -> new UnknownOrganisationException(organisationCode));
    String file = table.fileName();
    ImportProblems problems = new ImportProblems();
    problems.addAll(ValueColumns.COLUMNS.check(file, table.headings()));
    if (problems.count() > 0) {
      return rejected(file, dryRun, 0, problems);
    }
    Map<String, Indicator> byCode =
        indicators.allOf(organisation.id()).stream()
            .collect(Collectors.toMap(Indicator::code, Function.identity()));
    int rows = 0;
    LocalDate today = LocalDate.now(clock);
    try (StagedValues.Stage stage = staged.open()) {
      Iterator<TableRow> reading = table.iterator();
      while (reading.hasNext()) {
        TableRow row = reading.next();
        rows++;
        List<ImportProblem> found = new ArrayList<>();
        ValueColumns.read(file, row, byCode, today, found).ifPresent(stage::add);
        problems.addAll(found);
      }
    } catch (UnreadableFileException e) {
      problems.add(e.problem());
    }
    for (int[] duplicate : staged.duplicates()) {
      problems.add(
          ImportProblems.repeated(file, duplicate[0], "indicator and period", duplicate[1]));
    }
    if (problems.count() > 0) {
      return rejected(file, dryRun, rows, problems);
    }
    staged.compare();
    int added = staged.count("ADDED");
    int changed = staged.count("CHANGED");
    int unchanged = staged.count("UNCHANGED");
    List<ImportReport.Change> changes = staged.changes(code -> byCode.get(code).unit());
    boolean writes = !dryRun && added + changed > 0;
    if (writes) {
      ImportedBy importer = new ImportedBy(by, reason, file);
      staged.write(by, importer.correctionReason(), importer.source());
    } else {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }
    return new ImportReport(
        "values", file, dryRun, writes, rows, added, changed, unchanged, 0, changes, List.of(), 0);
  }

  private static ImportReport rejected(
      String file, boolean dryRun, int rows, ImportProblems problems) {
    return problems.refused("values", file, dryRun, rows);
  }
}
