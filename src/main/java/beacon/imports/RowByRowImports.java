package beacon.imports;

import beacon.imports.RowKind.Outcome;
import beacon.imports.RowKind.Outcome.Status;
import beacon.imports.file.Table;
import beacon.imports.file.TableRow;
import beacon.imports.file.UnreadableFileException;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.organisation.UnknownOrganisationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Runs the import of a small file ({@link RowKind}) in one transaction: the header checked, every
 * row read and checked and no two alike, then each compared with what is recorded; written only
 * when no row has a problem and it is not a dry run.
 */
@Service
class RowByRowImports {

  private final Organisations organisations;

  RowByRowImports(Organisations organisations) {
    this.organisations = organisations;
  }

  /**
   * @throws UnknownOrganisationException when there is no organisation with the code
   */
  @Transactional
  public ImportReport run(
      RowKind<?> kind,
      String organisationCode,
      Table table,
      boolean dryRun,
      String by,
      String reason) {
    Organisation organisation =
        organisations
            .withCode(organisationCode)
            .orElseThrow(() -> new UnknownOrganisationException(organisationCode));
    return rowByRow(
        kind, organisation, table, dryRun, new ImportedBy(by, reason, table.fileName()));
  }

  private static <R> ImportReport rowByRow(
      RowKind<R> kind, Organisation organisation, Table table, boolean dryRun, ImportedBy by) {
    String file = table.fileName();
    ImportProblems problems = new ImportProblems();
    problems.addAll(kind.headerProblems(organisation, file, table.headings()));
    if (problems.any()) {
      return problems.refused(kind.kind(), file, dryRun, 0);
    }
    RowKind.Rows<R> rows = kind.of(organisation, table.headings());
    List<R> read = new ArrayList<>();
    Map<Object, Integer> firstRows = new HashMap<>();
    int count = 0;
    int setAside = 0;
    try {
      for (TableRow row : table) {
        count++;
        RowReader cells = new RowReader(file, row);
        R checked = rows.read(cells);
        if (checked == null || cells.hasProblems()) {
          if (cells.hasProblems()) {
            problems.addAll(cells.problems());
          } else {
            setAside++;
          }
          continue;
        }
        Integer first = firstRows.putIfAbsent(rows.key(checked), row.number());
        if (first != null) {
          problems.add(ImportProblems.repeated(file, row.number(), kind.identifiedBy(), first));
        } else {
          read.add(checked);
        }
      }
    } catch (UnreadableFileException e) {
      problems.add(e.problem());
    }
    if (problems.any()) {
      return problems.refused(kind.kind(), file, dryRun, count);
    }
    List<Outcome> outcomes = read.stream().map(rows::compare).toList();
    int added = counted(outcomes, Status.ADDED);
    int changed = counted(outcomes, Status.CHANGED);
    List<ImportReport.Change> changes =
        outcomes.stream()
            .map(Outcome::change)
            .filter(change -> change != null)
            .limit(ImportReport.MOST_LISTED)
            .toList();
    boolean writes = !dryRun && added + changed > 0;
    if (writes) {
      outcomes.forEach(outcome -> outcome.write().accept(by));
    } else {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }
    return new ImportReport(
        kind.kind(),
        file,
        dryRun,
        writes,
        count,
        added,
        changed,
        counted(outcomes, Status.UNCHANGED),
        setAside,
        changes,
        List.of(),
        0);
  }

  private static int counted(List<Outcome> outcomes, Status status) {
    return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
  }
}
