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
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
 *
 * <p>A file that can be read again is first copied straight in as it is read ({@link
 * ValuesCopiedIn}): when every value in it is new, that is the whole import. When a row meets a
 * value already recorded, or repeats an earlier row, nothing it copied is kept, and the file is
 * read again and compared with what is recorded.
 */
@Service
public class ValueImports {

  private final Organisations organisations;
  private final Indicators indicators;
  private final StagedValues staged;
  private final ValuesCopiedIn copiedIn;
  private final Clock clock;

  ValueImports(
      Organisations organisations,
      Indicators indicators,
      StagedValues staged,
      ValuesCopiedIn copiedIn,
      Clock clock) {
    this.organisations = organisations;
    this.indicators = indicators;
    this.staged = staged;
    this.copiedIn = copiedIn;
    this.clock = clock;
  }

  /**
   * Imports a file read once: compared with what is recorded, row by row in bulk.
   *
   * @param by who imports the file, recorded with every value it writes
   * @param reason why values already recorded are corrected; null or blank for the standard one
   * @throws UnknownOrganisationException when there is no organisation with the code
   */
  @Transactional
  public ImportReport run(
      String organisationCode, Table table, boolean dryRun, String by, String reason) {
    return run(organisationCode, table, null, dryRun, by, reason);
  }

  /**
   * @param again opens the same file again, read from its start; null when it cannot be
   * @param by who imports the file, recorded with every value it writes
   * @param reason why values already recorded are corrected; null or blank for the standard one
   * @throws UnknownOrganisationException when there is no organisation with the code
   */
  @Transactional
  public ImportReport run(
      String organisationCode,
      Table table,
      Supplier<Table> again,
      boolean dryRun,
      String by,
      String reason) {
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
    LocalDate today = LocalDate.now(clock);
    if (dryRun || again == null) {
      return compared(table, byCode, today, dryRun, by, reason);
    }
    Optional<ImportReport> copied = copiedStraightIn(table, byCode, today, by, reason);
    if (copied.isPresent()) {
      return copied.get();
    }
    try (Table second = again.get()) {
      return compared(second, byCode, today, false, by, reason);
    }
  }

  /**
   * The file's rows copied straight in as they are read; empty, nothing written, when a row meets a
   * value recorded or repeats an earlier row, or has a problem (the file is then read again, and
   * every problem said as the long way says them).
   */
  private Optional<ImportReport> copiedStraightIn(
      Table table, Map<String, Indicator> byCode, LocalDate today, String by, String reason) {
    String file = table.fileName();
    ValuesCopiedIn.Copy copy = copiedIn.open(by, new ImportedBy(by, reason, file).source());
    int rows = 0;
    try {
      Iterator<TableRow> reading = table.iterator();
      List<ImportProblem> found = new ArrayList<>();
      while (reading.hasNext()) {
        TableRow row = reading.next();
        rows++;
        Optional<ValueRow> read = ValueColumns.read(file, row, byCode, today, found);
        if (read.isEmpty()) {
          copy.undo();
          return Optional.empty();
        }
        if (!copy.add(read.get())) {
          return Optional.empty();
        }
      }
    } catch (UnreadableFileException e) {
      copy.undo();
      return Optional.empty();
    } catch (RuntimeException e) {
      copy.undo();
      throw e;
    }
    if (!copy.finish()) {
      return Optional.empty();
    }
    int added = copy.copied();
    if (added == 0) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }
    return Optional.of(
        new ImportReport(
            "values", file, false, added > 0, rows, added, 0, 0, 0, List.of(), List.of(), 0));
  }

  /** The file's rows staged, compared with what is recorded, and the differences written. */
  private ImportReport compared(
      Table table,
      Map<String, Indicator> byCode,
      LocalDate today,
      boolean dryRun,
      String by,
      String reason) {
    String file = table.fileName();
    ImportProblems problems = new ImportProblems();
    int rows = 0;
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
