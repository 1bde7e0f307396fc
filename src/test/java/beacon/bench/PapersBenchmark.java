package beacon.bench;

import beacon.EmbeddedDatabaseForTests;
import beacon.papers.Layout;
import beacon.papers.Paper;
import beacon.papers.PaperFiles;
import beacon.papers.PaperFiles.Format;
import beacon.papers.PaperFiles.PaperFile;
import beacon.papers.Papers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Measures how long each committee paper takes to make, and the memory it takes, for a portfolio of
 * 60 quarterly indicators with twelve quarters of history, in every layout and format, through the
 * same code as the API: {@link Papers#paper} then {@link PaperFiles#write}.
 *
 * <p>Not a test: neither surefire nor failsafe runs it in a normal build. Run it with {@code
 * bench/papers.sh} (or {@code ./mvnw -q -Pbench-papers test}); it prints a table and writes it to
 * {@code target/papers-benchmark.txt}, and keeps the last file of each in {@code
 * target/papers-benchmark/}. {@code -Dbench.warmup=3 -Dbench.runs=7} change the number of runs left
 * out and measured for each layout and format; {@code -Dbench.layouts=scorecard,exceptions} and
 * {@code -Dbench.formats=pdf,docx} measure only those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PapersBenchmark extends EmbeddedDatabaseForTests {

  private static final LocalDate MADE = LocalDate.of(2025, 5, 12);
  private static final long PDF_GOAL_MS = 2_000;
  private static final long WORD_GOAL_MS = 1_000;

  @Autowired BenchmarkCouncil council;
  @Autowired Papers papers;
  @Autowired PaperFiles files;

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  @Test
  void measuresEveryLayoutInEveryFormat() throws IOException {
    council.addIfMissing();
    int warmup = Integer.getInteger("bench.warmup", 3);
    int runs = Integer.getInteger("bench.runs", 7);
    long heapBefore = heapUsedAfterGc();
    List<PaperTimes> measured = new ArrayList<>();
    // format by format, so the first run of each format's first layout is its cold start
    for (Format format : chosen("bench.formats", Format.values(), Format::extension)) {
      for (Layout layout : chosen("bench.layouts", Layout.values(), Layout::urlName)) {
        measured.add(measure(layout, format, warmup, runs));
      }
    }
    String report =
        PapersTable.of(
            measured,
            List.of(
                PapersTable.goal(Format.PDF, "PDF", PDF_GOAL_MS),
                PapersTable.goal(Format.DOCX, "Word", WORD_GOAL_MS)),
            header(warmup, runs, heapBefore));
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "papers-benchmark.txt"), report);
  }

  /** The values named in a system property (a list separated by commas), or all. */
  private static <T> List<T> chosen(String property, T[] all, Function<T, String> name) {
    String names = System.getProperty(property, "").strip();
    if (names.isEmpty()) {
      return List.of(all);
    }
    List<String> wanted = List.of(names.split("\\s*,\\s*"));
    return Arrays.stream(all).filter(value -> wanted.contains(name.apply(value))).toList();
  }

  private PaperTimes measure(Layout layout, Format format, int warmup, int runs) {
    PaperTimes times = new PaperTimes(layout, format);
    try {
      Paper paper = null;
      PaperFile file = null;
      for (int run = 0; run < warmup + runs; run++) {
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        paper =
            papers.paper(
                layout,
                BenchmarkCouncil.CODE,
                BenchmarkCouncil.REPORTED,
                BenchmarkCouncil.PORTFOLIO);
        long built = System.nanoTime();
        file = files.write(paper, format, MADE);
        long written = System.nanoTime();
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        if (run == 0) {
          times.first(written - start);
        }
        if (run >= warmup) {
          times.add(built - start, written - built, allocated);
        }
      }
      times.file(file.content().length, paper.lines().size(), pages(format, file));
      keep(file);
      times.heapUsed(heapUsedAfterGc());
    } catch (RuntimeException e) {
      times.failed(e);
    }
    return times;
  }

  /** Keeps the last file of each layout and format to look at. */
  private static void keep(PaperFile file) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "papers-benchmark"));
      Files.write(folder.resolve(file.fileName()), file.content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Integer pages(Format format, PaperFile file) {
    if (format != Format.PDF) {
      return null;
    }
    try (PDDocument pdf = Loader.loadPDF(file.content())) {
      return pdf.getNumberOfPages();
    } catch (IOException e) {
      return null;
    }
  }

  private long heapUsedAfterGc() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static String header(int warmup, int runs, long heapBefore) {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        "Committee papers: %d quarterly indicators in one portfolio, %d quarters of values, %s.%n"
            + "Each layout and format: %d runs left out, then %d measured. Java %s, %d cores,"
            + " max heap %d MB, heap used before the runs %.0f MB.%n"
            + "Load average at the start: %.1f (other work on the machine slows the figures).%n",
        BenchmarkCouncil.INDICATORS,
        BenchmarkCouncil.QUARTERS,
        BenchmarkCouncil.REPORTED.label(),
        warmup,
        runs,
        System.getProperty("java.version"),
        runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024),
        heapBefore / (1024.0 * 1024),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
