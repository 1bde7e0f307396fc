package beacon.cli;

import beacon.imports.ImportReport;
import java.util.ArrayList;
import java.util.List;

/** An accepted import's report as lines to read in a terminal. */
final class ImportReportText {

  /** The most changes listed one a line; the rest are counted. */
  static final int CHANGES_LISTED = 20;

  private ImportReportText() {}

  static List<String> of(ImportReport report, String organisation) {
    List<String> lines = new ArrayList<>();
    lines.add(
        report.file()
            + ": "
            + rows(report.rows())
            + " of "
            + report.kind()
            + " for organisation "
            + organisation);
    lines.add("Added: " + report.added());
    lines.add("Changed: " + report.changed());
    List<ImportReport.Change> shown =
        report.changes().subList(0, Math.min(CHANGES_LISTED, report.changes().size()));
    for (ImportReport.Change change : shown) {
      lines.add(
          "  row "
              + change.row()
              + ", "
              + change.indicatorCode()
              + ", "
              + change.period()
              + ": "
              + change.was()
              + " \u2192 "
              + change.becomes());
    }
    if (report.changed() > shown.size()) {
      lines.add("  and " + (report.changed() - shown.size()) + " more");
    }
    lines.add("Unchanged: " + report.unchanged());
    if (report.setAside() > 0) {
      lines.add(
          "Set aside: "
              + report.setAside()
              + " (other places, rows the filters leave out, figures not published)");
    }
    if (report.dryRun()) {
      lines.add("Dry run: nothing was written");
    } else if (report.written()) {
      lines.add("Imported: the " + report.kind() + " are recorded");
    } else {
      lines.add("Nothing to write: the file holds what is recorded");
    }
    return lines;
  }

  static String refused(String file, int problems) {
    return "Refused: "
        + (problems == 1 ? "1 problem" : problems + " problems")
        + " in "
        + file
        + "; nothing was imported";
  }

  private static String rows(int rows) {
    return rows == 1 ? "1 row" : rows + " rows";
  }
}
