package beacon.bench;

import beacon.EmbeddedDatabaseForTests;
import beacon.national.NationalData;
import beacon.national.files.EesFile;
import beacon.national.files.LaitAreas;
import beacon.national.files.LaitDataSet;
import beacon.national.files.NeighbourModels;
import beacon.rules.national.LaitValue;
import beacon.rules.national.MeasureYear;
import beacon.rules.national.NationalStatistics;
import beacon.rules.national.PublishedFigures;
import beacon.rules.national.StatisticalNeighbourModels;
import beacon.rules.rating.Polarity;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the whole LAIT data set and the EES files as {@code load-national} does, then the same
 * rows, already clean, into the same table with PostgreSQL's COPY, and prints both times and their
 * ratio; then reads every figure back and computes every statistic (neighbour mean, rank, quartile,
 * change, England, region) for every measure, year and authority, printing the times and the heap.
 *
 * <p>Not a test: run it with {@code bench/national.sh}; it writes its figures to {@code
 * target/national-benchmark.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class NationalBenchmark extends EmbeddedDatabaseForTests {

  private static final int RUNS = 3;

  @Autowired NationalData national;
  @Autowired JdbcClient db;
  @Autowired DataSource dataSource;

  @Test
  void loadsTheNationalDataAndComputesEveryStatistic() throws Exception {
    Path clean =
        Files.createDirectories(Path.of("target", "national-benchmark")).resolve("lait.csv");
    long rows = writeClean(clean);

    national.load(); // warm up
    long[] loads = new long[RUNS];
    NationalData.Loaded loaded = null;
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      loaded = national.load();
      loads[run] = System.nanoTime() - start;
    }
    long[] copies = new long[RUNS];
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      try (Connection connection = dataSource.getConnection();
          Reader reader = Files.newBufferedReader(clean, StandardCharsets.UTF_8)) {
        connection.setAutoCommit(false);
        connection.createStatement().execute("truncate national_value");
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "copy national_value (measure_code, year, area_code, area_name, region, value,"
                    + " suppression) from stdin (format csv)",
                reader);
        connection.commit();
        connection.setAutoCommit(true);
      }
      copies[run] = System.nanoTime() - start;
    }
    long load = median(loads);
    long copy = median(copies);

    Heap.resetPeaks();
    long heapBefore = Heap.usedAfterGc();
    long readStart = System.nanoTime();
    PublishedFigures published = new PublishedFigures();
    LaitAreas areas = new LaitAreas();
    db
        .sql(
            "select measure_code, year, area_code, area_name, region, value, suppression"
                + " from national_value")
        .query(
            (rs, n) ->
                new LaitValue(
                    rs.getString(1),
                    null,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBigDecimal(6),
                    rs.getString(7)))
        .stream()
        .forEach(
            value -> {
              published.accept(value);
              areas.accept(value);
            });
    Map<String, Polarity> polarities = new HashMap<>();
    db.sql("select code, polarity from national_measure")
        .query(
            (rs, n) ->
                polarities.put(
                    rs.getString(1),
                    rs.getString(2) == null ? Polarity.NONE : Polarity.valueOf(rs.getString(2))))
        .list();
    long read = System.nanoTime() - readStart;
    StatisticalNeighbourModels models = models();
    Set<String> authorities = new TreeSet<>();
    for (MeasureYear year : published.measureYears()) {
      authorities.addAll(year.authorities().keySet());
    }

    long computeStart = System.nanoTime();
    List<MeasureYear> measureYears = published.measureYears();
    // Each measure-year is computed on its own, so the years are shared among the cores.
    long statistics =
        measureYears.parallelStream()
            .mapToLong(
                year ->
                    NationalStatistics.forEveryAuthority(
                            authorities,
                            year,
                            published.previousOf(year.measure(), year.year()),
                            models.inForce(year.year()),
                            polarities.getOrDefault(year.measure(), Polarity.NONE),
                            areas::regionOf,
                            areas::nameOf)
                        .size())
            .sum();
    long compute = System.nanoTime() - computeStart;
    long heapPeak = Heap.peak();

    String figures =
        String.format(
            Locale.UK,
            "National data: the LAIT data set and the EES files, %,d figures of %d measures; Java %s, %d cores, max"
                + " heap %d MB; medians of %d runs%n"
                + "load-national (read the gzip, clean, COPY, with authorities, neighbours,"
                + " holidays and the dictionary): %,.2f s%n"
                + "PostgreSQL COPY of the same rows, already clean, into the same table (truncated in the"
                + " same transaction, as the load does): %,.2f s%n"
                + "ratio load / COPY: %.2f (goal: 2 or less: %s)%n"
                + "read every figure back from the database: %,.2f s%n"
                + "every statistic for every measure, year and authority: %,d measure-years x %d"
                + " authorities = %,d statistics in %,.2f s (goal: 2 s or less: %s)%n"
                + "heap: %d MB in use before reading, %d MB at the most while reading and"
                + " computing%n",
            rows,
            loaded.measures(),
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1 << 20),
            RUNS,
            load / 1e9,
            copy / 1e9,
            (double) load / copy,
            load <= 2 * copy ? "MET" : "MISSED",
            read / 1e9,
            measureYears.size(),
            authorities.size(),
            statistics,
            compute / 1e9,
            compute <= 2_000_000_000L ? "MET" : "MISSED",
            heapBefore / (1 << 20),
            heapPeak / (1 << 20));
    System.out.print(figures);
    Files.writeString(Path.of("target", "national-benchmark.txt"), figures);
    national.load();
  }

  /**
   * The rows of the LAIT's data set and the EES files as {@code load-national} writes them, for
   * COPY to take as they are.
   */
  private static long writeClean(Path file) throws Exception {
    long[] rows = {0};
    LaitAreas areas = new LaitAreas();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Consumer<LaitValue> write =
          value -> {
            try {
              out.write(
                  String.join(
                      ",",
                      quoted(value.measure()),
                      quoted(value.year()),
                      quoted(value.areaCode()),
                      quoted(value.areaName()),
                      quoted(value.region()),
                      value.value() == null ? "" : value.value().toPlainString(),
                      quoted(value.suppression())));
              out.write('\n');
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            rows[0]++;
          };
      try (InputStream data = NationalBenchmark.class.getResourceAsStream(LaitDataSet.RESOURCE)) {
        LaitDataSet.read(data, areas.andThen(write));
      }
      for (EesFile ees : EesFile.SHIPPED) {
        try (InputStream data = NationalBenchmark.class.getResourceAsStream(ees.resource())) {
          ees.read(data, areas::regionWordsOf, write);
        }
      }
    }
    return rows[0];
  }

  private static String quoted(String text) {
    return text == null || text.isEmpty() ? "" : '"' + text.replace("\"", "\"\"") + '"';
  }

  private static StatisticalNeighbourModels models() throws Exception {
    try (InputStream model2021 =
            NationalBenchmark.class.getResourceAsStream(NeighbourModels.RESOURCE_2021);
        InputStream model2025 =
            NationalBenchmark.class.getResourceAsStream(NeighbourModels.RESOURCE_2025)) {
      return new StatisticalNeighbourModels(
          NeighbourModels.read2021(model2021), NeighbourModels.read2025(model2025));
    }
  }

  private static long median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
