package beacon.imports;

import beacon.imports.file.ExpectedColumns;
import beacon.organisation.Organisation;
import java.util.List;
import java.util.function.Consumer;

/**
 * A kind of file small enough to import row by row (indicators, targets, benchmarks: hundreds of
 * rows): how a row is read and checked, what identifies it, and how it compares with what is
 * recorded. {@link FileImports} runs it all or nothing.
 *
 * @param <R> a row read and checked
 */
interface RowKind<R> {

  /** What the file holds, as the API names it: "targets". */
  String kind();

  ExpectedColumns columns();

  /** What a repeated row repeats, as a problem says it: "indicator and period". */
  String identifiedBy();

  /** The problems with a file's header: by default, those {@link ExpectedColumns#check} finds. */
  default List<ImportProblem> headerProblems(
      Organisation organisation, String file, List<String> headings) {
    return columns().check(file, headings);
  }

  /** The reading of an organisation's file of this kind, whose header has no problem. */
  Rows<R> of(Organisation organisation, List<String> headings);

  /** The rows of one organisation's file. */
  interface Rows<R> {

    /**
     * The row read; null with its problems noted by the reader, or null with none when the row is
     * set aside (a figure about another area, say).
     */
    R read(RowReader cells);

    /** What identifies the row: two rows with the same key repeat each other. */
    Object key(R row);

    /** How the row compares with what is recorded now, and how it would be written. */
    Outcome compare(R row);
  }

  /** What a row does: adds, changes (old to new) or leaves as it is. */
  record Outcome(Status status, ImportReport.Change change, Consumer<ImportedBy> write) {

    enum Status {
      ADDED,
      CHANGED,
      UNCHANGED
    }

    static Outcome added(Consumer<ImportedBy> write) {
      return new Outcome(Status.ADDED, null, write);
    }

    static Outcome changed(ImportReport.Change change, Consumer<ImportedBy> write) {
      return new Outcome(Status.CHANGED, change, write);
    }

    static Outcome unchanged() {
      return new Outcome(Status.UNCHANGED, null, by -> {});
    }
  }
}
