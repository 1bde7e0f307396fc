package beacon.bench;

import beacon.EmbeddedDatabaseForTests;
import beacon.demo.GeneratedCouncil;
import beacon.imports.ImportReport;
import beacon.imports.ValueImports;
import beacon.imports.file.Table;
import beacon.imports.file.TableFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports a values file of 1,000,000 rows (1,000 monthly indicators by 1,000 months) through the
 * import path ({@link TableFiles} then {@link ValueImports}, as the API and the command line do),
 * then loads the same rows into the same table with PostgreSQL's COPY, and prints both times, their
 * ratio and the heap the import used.
 *
 * <p>Not a test: neither surefire nor failsafe runs it in a normal build. Run it with {@code
 * bench/imports.sh}; it prints its figures and writes them to {@code target/imports-benchmark.txt}.
 * {@code -Dbench.months=1000} changes the number of months.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportsBenchmark extends EmbeddedDatabaseForTests {

  private static final YearMonth FIRST = YearMonth.of(1900, 1);

  @Autowired GeneratedCouncil council;
  @Autowired ValueImports imports;
  @Autowired JdbcClient db;
  @Autowired DataSource dataSource;

  @Test
  void importsAMillionValuesAndComparesWithCopy() throws Exception {
    council.addIfMissing();
    int months = Integer.getInteger("bench.months", 1000);
    Map<String, Long> indicators =
        db
            .sql(
                "select i.code, i.id from indicator i join organisation o on o.id = i.organisation_id"
                    + " where o.code = :org order by i.code")
            .param("org", GeneratedCouncil.CODE)
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Path folder = Files.createDirectories(Path.of("target", "imports-benchmark"));
    Path file = folder.resolve("values.csv");
    Path copyFile = folder.resolve("values-for-copy.csv");
    long rows = write(file, copyFile, indicators, months);
    long fileBytes = Files.size(file);

    warmUp(folder);
    Heap.resetPeaks();
    long heapBefore = Heap.usedAfterGc();
    long importStart = System.nanoTime();
    ImportReport report;
    try (InputStream in = Files.newInputStream(file);
        Table table = TableFiles.open("values.csv", in, null, Long.MAX_VALUE)) {
      report = imports.run(GeneratedCouncil.CODE, table, false, "Benchmark", null);
    }
    long importNanos = System.nanoTime() - importStart;
    long heapPeak = Heap.peak();
    if (!report.accepted() || report.added() != rows) {
      throw new IllegalStateException(
          "The import did not add every row: "
              + report.added()
              + " of "
              + rows
              + ", problems "
              + report.problems().stream().limit(5).toList());
    }
    deleteTheRows();

    long copyStart = System.nanoTime();
    long copied;
    try (Connection connection = dataSource.getConnection();
        Reader reader = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
      copied =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "copy indicator_value (indicator_id, period_code, period_start, period_end,"
                      + " value, provisional, recorded_by) from stdin (format csv)",
                  reader);
    }
    long copyNanos = System.nanoTime() - copyStart;
    deleteTheRows();

    String figures =
        String.format(
            Locale.UK,
            "Values import: %,d rows (%d indicators x %d months), file %.1f MB, Java %s, %d cores,"
                + " max heap %d MB%n"
                + "import path (read, check, stage, compare, write): %,.1f s (%,.0f rows/s)%n"
                + "PostgreSQL COPY of the same rows into the same table: %,.1f s (%,.0f rows/s)%n"
                + "ratio import / COPY: %.2f (goal: 2 or less: %s)%n"
                + "heap: %d MB in use before, %d MB at the most during the import (the file is"
                + " %.0f MB)%n",
            rows,
            indicators.size(),
            months,
            fileBytes / 1e6,
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1 << 20),
            importNanos / 1e9,
            rows / (importNanos / 1e9),
            copyNanos / 1e9,
            copied / (copyNanos / 1e9),
            (double) importNanos / copyNanos,
            importNanos <= 2 * copyNanos ? "MET" : "MISSED",
            heapBefore / (1 << 20),
            heapPeak / (1 << 20),
            fileBytes / 1e6);
    System.out.print(figures);
    Files.writeString(Path.of("target", "imports-benchmark.txt"), figures);
  }

  /** The values file as a council would write it, and the same rows as COPY takes them. */
  private static long write(Path file, Path copyFile, Map<String, Long> indicators, int months)
      throws IOException {
    long rows = 0;
    List<String> codes = indicators.keySet().stream().sorted().toList();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        BufferedWriter copy = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8)) {
      out.write("indicator_code,period,value,numerator,denominator,marker,provisional,note\n");
      for (String code : codes) {
        long id = indicators.get(code);
        for (int m = 0; m < months; m++) {
          YearMonth month = FIRST.plusMonths(m);
          String value = ((code.hashCode() & 0xffff) + m * 13) % 1000 / 10.0 + "";
          out.write(code + "," + month + "," + value + ",,,,false,\n");
          copy.write(
              id
                  + ","
                  + month
                  + ","
                  + month.atDay(1)
                  + ","
                  + month.atEndOfMonth()
                  + ","
                  + value
                  + ",false,Benchmark\n");
          rows++;
        }
      }
    }
    return rows;
  }

  /** A small import first, so that the measured one runs compiled code. */
  private void warmUp(Path folder) throws IOException {
    Path small = folder.resolve("warm-up.csv");
    StringBuilder text = new StringBuilder("indicator_code,period,value\n");
    for (int m = 0; m < 2000; m++) {
      text.append("G0001,").append(YearMonth.of(1800, 1).plusMonths(m)).append(",50\n");
    }
    Files.writeString(small, text);
    try (InputStream in = Files.newInputStream(small);
        Table table = TableFiles.open("warm-up.csv", in, null, Long.MAX_VALUE)) {
      imports.run(GeneratedCouncil.CODE, table, true, "Benchmark", null);
    }
  }

  private void deleteTheRows() {
    db.sql("delete from indicator_value where recorded_by = 'Benchmark' and period_end < :before")
        .param("before", java.time.LocalDate.of(1990, 1, 1))
        .update();
  }
}
