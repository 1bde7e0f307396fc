package beacon.imports;

import java.util.List;

/**
 * What an import did, or in a dry run would do: how many rows it adds, changes and leaves as they
 * are, the changes old to new, and every problem found. A file with any problem changes nothing.
 *
 * @param setAside rows read and left aside as the import asks: figures about other areas, or for
 *     other filters, or not published
 * @param changes the changes, old to new, up to {@link #MOST_LISTED}
 * @param problems every problem found, up to {@link #MOST_LISTED}
 * @param problemCount how many problems there are in all
 */
public record ImportReport(
    String kind,
    String file,
    boolean dryRun,
    boolean written,
    int rows,
    int added,
    int changed,
    int unchanged,
    int setAside,
    List<Change> changes,
    List<ImportProblem> problems,
    int problemCount) {

  /** The most changes or problems a report lists; the counts are always whole. */
  public static final int MOST_LISTED = 1000;

  /**
   * A value the import replaces.
   *
   * @param was the value recorded now, as written: "83%", "New"
   * @param becomes the value in the file, as written
   */
  public record Change(int row, String indicatorCode, String period, String was, String becomes) {}

  public boolean accepted() {
    return problemCount == 0;
  }
}
