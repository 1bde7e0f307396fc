package beacon.bench;

import beacon.papers.PaperFiles.Format;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's figures as a table, and whether each goal is met. */
final class PapersTable {

  private static final String COLUMNS = "%-18s %-6s %9s %8s %9s %9s %9s %9s %8s %8s %6s  %s%n";

  /** A goal for one format: the slowest layout's median time at most so many milliseconds. */
  record Goal(Format format, String name, long milliseconds) {}

  private PapersTable() {}

  static Goal goal(Format format, String name, long milliseconds) {
    return new Goal(format, name, milliseconds);
  }

  static String of(List<PaperTimes> measured, List<Goal> goals, String header) {
    StringBuilder table = new StringBuilder(header).append('\n');
    table.append(
        String.format(
            Locale.UK,
            COLUMNS,
            "layout",
            "format",
            "median ms",
            "max ms",
            "build ms",
            "write ms",
            "first ms",
            "MB alloc",
            "heap MB",
            "file KB",
            "lines",
            "notes"));
    List<PaperTimes> rows =
        measured.stream()
            .sorted(
                Comparator.comparing((PaperTimes row) -> row.layout)
                    .thenComparing(row -> row.format))
            .toList();
    for (PaperTimes row : rows) {
      String name = row.layout.urlName();
      String format = row.format.extension();
      if (row.failed()) {
        table.append(String.format("%-18s %-6s failed: %s%n", name, format, row.failure()));
        continue;
      }
      table.append(
          String.format(
              Locale.UK,
              COLUMNS,
              name,
              format,
              String.format(Locale.UK, "%.0f", row.medianMs()),
              String.format(Locale.UK, "%.0f", row.maxMs()),
              String.format(Locale.UK, "%.0f", row.buildMs()),
              String.format(Locale.UK, "%.0f", row.writeMs()),
              String.format(Locale.UK, "%.0f", row.firstMs()),
              String.format(Locale.UK, "%.1f", row.allocatedMb()),
              String.format(Locale.UK, "%.0f", row.heapUsedMb()),
              String.format(Locale.UK, "%.0f", row.fileKb()),
              row.lines(),
              row.pages() == null ? "" : row.pages() + " pages"));
    }
    table.append(
        "\nmedian and max: build and write together; build: Papers.paper; write: PaperFiles.write;"
            + " first: the first run\n(the first layout of each format is the JVM's first use of"
            + " it); MB alloc: median bytes allocated per paper;\nheap MB: heap used after the"
            + " layout's runs and a full GC.\n\n");
    for (Goal goal : goals) {
      table.append(verdict(goal, measured)).append('\n');
    }
    return table.toString();
  }

  private static String verdict(Goal goal, List<PaperTimes> measured) {
    List<PaperTimes> rows = measured.stream().filter(row -> row.format == goal.format()).toList();
    String failed =
        rows.stream()
            .filter(PaperTimes::failed)
            .map(row -> row.layout.urlName())
            .collect(Collectors.joining(", "));
    List<PaperTimes> done = rows.stream().filter(row -> !row.failed()).toList();
    String goalText = String.format("%s <= %.0f s", goal.name(), goal.milliseconds() / 1000.0);
    if (done.isEmpty()) {
      return goalText + ": NOT MEASURED (every layout failed)";
    }
    PaperTimes slowest = done.stream().max(Comparator.comparingDouble(PaperTimes::medianMs)).get();
    double worstMax = done.stream().mapToDouble(PaperTimes::maxMs).max().orElse(0);
    String outcome = slowest.medianMs() <= goal.milliseconds() ? "MET" : "MISSED";
    if (!failed.isEmpty()) {
      outcome += " for the layouts measured; NOT MEASURED for " + failed;
    }
    return String.format(
        Locale.UK,
        "%s: %s (slowest layout %s: median %.0f ms; worst max of any layout %.0f ms)",
        goalText,
        outcome,
        slowest.layout.urlName(),
        slowest.medianMs(),
        worstMax);
  }
}
