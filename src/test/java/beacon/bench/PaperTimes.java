package beacon.bench;

import beacon.papers.Layout;
import beacon.papers.PaperFiles.Format;
import java.util.ArrayList;
import java.util.List;

/** What was measured for one layout in one format: times in nanoseconds, memory in bytes. */
final class PaperTimes {

  final Layout layout;
  final Format format;
  private final List<Long> building = new ArrayList<>();
  private final List<Long> writing = new ArrayList<>();
  private final List<Long> totals = new ArrayList<>();
  private final List<Long> allocated = new ArrayList<>();
  private long first;
  private long heapUsed;
  private int fileBytes;
  private int lines;
  private Integer pages;
  private String failure;

  PaperTimes(Layout layout, Format format) {
    this.layout = layout;
    this.format = format;
  }

  void first(long nanos) {
    first = nanos;
  }

  void add(long buildNanos, long writeNanos, long allocatedBytes) {
    building.add(buildNanos);
    writing.add(writeNanos);
    totals.add(buildNanos + writeNanos);
    allocated.add(allocatedBytes);
  }

  void file(int bytes, int paperLines, Integer pdfPages) {
    fileBytes = bytes;
    lines = paperLines;
    pages = pdfPages;
  }

  void heapUsed(long bytes) {
    heapUsed = bytes;
  }

  void failed(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = message.lines().findFirst().orElse("").strip();
    failure = message.length() > 100 ? message.substring(0, 97) + "..." : message;
  }

  boolean failed() {
    return failure != null;
  }

  String failure() {
    return failure;
  }

  double medianMs() {
    return median(totals) / 1e6;
  }

  double maxMs() {
    return totals.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
  }

  double buildMs() {
    return median(building) / 1e6;
  }

  double writeMs() {
    return median(writing) / 1e6;
  }

  double firstMs() {
    return first / 1e6;
  }

  double allocatedMb() {
    return median(allocated) / (1024.0 * 1024);
  }

  double heapUsedMb() {
    return heapUsed / (1024.0 * 1024);
  }

  double fileKb() {
    return fileBytes / 1024.0;
  }

  int lines() {
    return lines;
  }

  Integer pages() {
    return pages;
  }

  private static double median(List<Long> values) {
    if (values.isEmpty()) {
      return 0;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }
}
