import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * For bench/imports.sh: checks what the values import wrote into Beacon's embedded PostgreSQL and
 * measures the floor, a plain COPY of the same rows into a copy of the table with no trigger.
 * Connects to the server running on the data directory (its port is in postmaster.pid, the
 * passwords in the file Beacon keeps beside it) as the role that owns the tables.
 *
 * <p>Usage: java -cp postgresql.jar bench/ImportFloor.java checkpoint DATA_DIRECTORY, to start the
 * import from a checkpoint as the floor starts; then java -cp postgresql.jar bench/ImportFloor.java
 * floor DATA_DIRECTORY INDICATOR_PREFIX WORK_DIRECTORY, which prints "rows N" (the values of the
 * indicators whose codes start with the prefix), "audited N" (the lines the trail holds of their
 * addition, as the audit pages read them), "copied N" and "floor SECONDS" (the COPY of those rows
 * into bench_floor).
 */
public class ImportFloor {

  private static final String COLUMNS =
      "indicator_id, period_code, period_start, period_end, value, numerator, denominator, marker,"
          + " provisional, note, source, recorded_by";

  public static void main(String[] args) throws Exception {
    boolean floor = args[0].equals("floor");
    Path data = Path.of(args[1]);
    List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"));
    Properties secret = new Properties();
    try (Reader in = Files.newBufferedReader(data.resolve("beacon-secret"))) {
      secret.load(in);
    }
    String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
    try (Connection db = DriverManager.getConnection(url, "postgres", secret.getProperty("postgres"));
        Statement sql = db.createStatement()) {
      if (!floor) {
        sql.execute("checkpoint");
        return;
      }
      String prefix = args[2];
      Path work = Path.of(args[3]);
      String mine =
          "indicator_id in (select id from indicator where code like '"
              + prefix.replace("'", "''")
              + "%')";
      System.out.println("rows " + one(sql, "select count(*) from indicator_value where " + mine));
      System.out.println(
          "audited "
              + one(
                  sql,
                  "select count(*) from audit_line where table_name = 'indicator_value'"
                      + " and action = 'INSERT' and "
                      + mine));

      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      Path rows = work.resolve("floor-rows.csv");
      try (Writer out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
        copy.copyOut(
            "copy (select " + COLUMNS + " from indicator_value where " + mine + " order by id)"
                + " to stdout (format csv)",
            out);
      }
      sql.execute("drop table if exists bench_floor");
      sql.execute("create table bench_floor (like indicator_value including all)");
      sql.execute("checkpoint");
      long start = System.nanoTime();
      long copied;
      try (BufferedReader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
        copied = copy.copyIn("copy bench_floor (" + COLUMNS + ") from stdin (format csv)", in);
      }
      long nanos = System.nanoTime() - start;
      sql.execute("drop table bench_floor");
      Files.delete(rows);
      System.out.println("copied " + copied);
      System.out.printf("floor %.3f%n", nanos / 1e9);
    } catch (SQLException | IOException e) {
      System.err.println("Could not measure the floor: " + e.getMessage());
      System.exit(1);
    }
  }

  private static long one(Statement sql, String query) throws SQLException {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
