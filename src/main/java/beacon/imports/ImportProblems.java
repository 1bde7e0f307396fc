package beacon.imports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The problems an import finds: all counted, the first {@link ImportReport#MOST_LISTED} kept; and
 * the report of a file they refuse.
 */
final class ImportProblems {

  private final List<ImportProblem> listed = new ArrayList<>();
  private int count;

  void add(ImportProblem problem) {
    count++;
    if (listed.size() < ImportReport.MOST_LISTED) {
      listed.add(problem);
    }
  }

  void addAll(List<ImportProblem> problems) {
    problems.forEach(this::add);
  }

  int count() {
    return count;
  }

  boolean any() {
    return count > 0;
  }

  List<ImportProblem> listed() {
    return List.copyOf(listed);
  }

  /**
   * The report of a file refused for these problems; the import's transaction is marked to roll
   * back, so that nothing of it is written.
   */
  ImportReport refused(String kind, String file, boolean dryRun, int rows) {
    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    return new ImportReport(
        kind, file, dryRun, false, rows, 0, 0, 0, 0, List.of(), listed(), count);
  }

  /** Rows that repeat the key of an earlier row, as problems. */
  static ImportProblem repeated(String file, int row, String what, int firstRow) {
    return new ImportProblem(file, row, "", "this row repeats the " + what + " of row " + firstRow);
  }
}
