import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The parts of bench/national.sh that need Beacon's database or many answers, on a data directory
 * whose Beacon is running. At the first wrong answer it prints what was wrong and exits with status
 * 1.
 *
 * <p>{@code java -cp POSTGRESQL_JAR bench/National.java floor DATA_DIRECTORY FIGURES MEASURES
 * RUNS}: checks that the national_value table holds FIGURES rows of MEASURES measures, as the load
 * reported, then copies them out, already clean, and times COPY of them into a copy of the table with
 * no trigger, emptied in the same transaction as the load does, RUNS times; prints "rows copy-seconds"
 * (the median).
 *
 * <p>{@code java -cp POSTGRESQL_JAR bench/National.java figures DATA_DIRECTORY BASE AUTHORITY
 * MEASURES}: asks /api/v1/national/{measure}?year=..&la=AUTHORITY with the token in BEACON_TOKEN for
 * a year of each of the first MEASURES measures (all when 0) the authority has a figure for, checks
 * each answer's figure against the table's, and asks for /beacon.css as many times, the floor;
 * prints the figures.
 */
public class National {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[1]);
    try (Connection db = connect(data)) {
      if (args[0].equals("floor")) {
        floor(db, Long.parseLong(args[2]), Long.parseLong(args[3]), Integer.parseInt(args[4]));
      } else {
        figures(db, args[2], args[3], Integer.parseInt(args[4]));
      }
    }
  }

  /** The embedded PostgreSQL of the data directory, as its owner, with the password kept there. */
  static Connection connect(Path data) throws Exception {
    Properties secret = new Properties();
    try (Reader in = Files.newBufferedReader(data.resolve("beacon-secret"))) {
      secret.load(in);
    }
    String port = Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip();
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", secret.getProperty("postgres"));
  }

  static void floor(Connection db, long figures, long measures, int runs) throws Exception {
    long rows = single(db, "select count(*) from national_value");
    long measured = single(db, "select count(distinct measure_code) from national_value");
    if (rows != figures || measured != measures) {
      refuse(
          "the national_value table holds %,d figures of %,d measures, not the %,d of %,d the load reported"
              .formatted(rows, measured, figures, measures));
    }
    String columns = "measure_code, year, area_code, area_name, region, value, suppression";
    Path clean = Files.createTempFile("national-values", ".csv");
    PGConnection copy = db.unwrap(PGConnection.class);
    try (Writer out = Files.newBufferedWriter(clean, StandardCharsets.UTF_8)) {
      copy.getCopyAPI()
          .copyOut("copy national_value (" + columns + ") to stdout (format csv)", out);
    }
    try (Statement sql = db.createStatement()) {
      sql.execute("drop table if exists national_value_floor");
      // the same columns, defaults, constraints and indexes; no trigger
      sql.execute("create table national_value_floor (like national_value including all)");
    }
    double[] seconds = new double[runs];
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      db.setAutoCommit(false);
      try (Statement sql = db.createStatement();
          Reader in = Files.newBufferedReader(clean, StandardCharsets.UTF_8)) {
        sql.execute("truncate national_value_floor");
        long copied =
            copy.getCopyAPI()
                .copyIn("copy national_value_floor (" + columns + ") from stdin (format csv)", in);
        if (copied != rows) {
          refuse("COPY took %,d rows of the %,d copied out".formatted(copied, rows));
        }
      }
      db.commit();
      db.setAutoCommit(true);
      seconds[run] = (System.nanoTime() - start) / 1e9;
    }
    try (Statement sql = db.createStatement()) {
      sql.execute("drop table national_value_floor");
    }
    Files.delete(clean);
    Arrays.sort(seconds);
    System.out.printf(Locale.UK, "%d %.3f%n", rows, seconds[runs / 2]);
  }

  record Figure(String measure, String year, BigDecimal value) {}

  /**
   * What a measure's code may not hold for the API to be asked for it: the server refuses an
   * address with an encoded % or / in its path (400) before Beacon sees it.
   */
  static final Pattern UNADDRESSABLE = Pattern.compile("[%/\\\\]");

  static void figures(Connection db, String base, String authority, int limit) throws Exception {
    List<Figure> figures = new ArrayList<>();
    List<String> unaddressable = new ArrayList<>();
    try (var query =
        db.prepareStatement(
            "select distinct on (measure_code) measure_code, year, value from national_value"
                + " where area_code = ? and value is not null order by measure_code, year desc")) {
      query.setString(1, authority);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next() && (limit == 0 || figures.size() < limit)) {
          if (UNADDRESSABLE.matcher(rs.getString(1)).find()) {
            unaddressable.add(rs.getString(1));
          } else {
            figures.add(new Figure(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
          }
        }
      }
    }
    if (figures.isEmpty()) {
      refuse("the national data holds no figure of the authority " + authority);
    }
    HttpClient http = HttpClient.newHttpClient();
    String token = System.getenv("BEACON_TOKEN");
    Pattern value = Pattern.compile("\"value\":(-?[0-9.Ee+-]+|null)");
    double[] answers = new double[figures.size()];
    double[] floor = new double[figures.size()];
    for (int i = 0; i < figures.size(); i++) {
      Figure figure = figures.get(i);
      String address =
          base
              + "/api/v1/national/"
              + URLEncoder.encode(figure.measure(), StandardCharsets.UTF_8).replace("+", "%20")
              + "?year="
              + URLEncoder.encode(figure.year(), StandardCharsets.UTF_8)
              + "&la="
              + authority;
      long start = System.nanoTime();
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(address))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      answers[i] = (System.nanoTime() - start) / 1e9;
      if (answer.statusCode() != 200) {
        refuse(address + " answered " + answer.statusCode() + ": " + answer.body());
      }
      Matcher said = value.matcher(answer.body());
      if (!said.find()
          || said.group(1).equals("null")
          || new BigDecimal(said.group(1)).compareTo(figure.value()) != 0) {
        refuse(
            address
                + " does not give the figure published, "
                + figure.value().toPlainString()
                + ": "
                + answer.body().substring(0, Math.min(400, answer.body().length())));
      }
      start = System.nanoTime();
      HttpResponse<String> css =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/beacon.css")).build(),
              HttpResponse.BodyHandlers.ofString());
      floor[i] = (System.nanoTime() - start) / 1e9;
      if (css.statusCode() != 200 || !css.body().contains("GDS Transport")) {
        refuse(base + "/beacon.css answered " + css.statusCode() + ", not the style sheet");
      }
    }
    double total = Arrays.stream(answers).sum();
    Arrays.sort(answers);
    Arrays.sort(floor);
    int n = figures.size();
    System.out.printf(
        Locale.UK,
        "static file /beacon.css, no token, %d times:%s median %.3f s, p95 %.3f s, slowest %.3f s (the floor)%n",
        n,
        " ".repeat(Math.max(1, 8 - String.valueOf(n).length())),
        floor[n / 2],
        floor[(int) Math.ceil(n * 0.95) - 1],
        floor[n - 1]);
    System.out.printf(
        Locale.UK,
        "a national figure of %s, compared, %d measures: median %.3f s, p95 %.3f s, slowest %.3f s;"
            + " median %.1fx the floor's%n",
        authority,
        n,
        answers[n / 2],
        answers[(int) Math.ceil(n * 0.95) - 1],
        answers[n - 1],
        answers[n / 2] / floor[n / 2]);
    if (!unaddressable.isEmpty()) {
      System.out.printf(
          "left out: %d measures whose codes hold %% or /, which the API cannot be asked for (the"
              + " server refuses the address with 400), e.g. %s%n",
          unaddressable.size(),
          String.join(", ", unaddressable.subList(0, Math.min(3, unaddressable.size()))));
    }
    System.out.printf(
        Locale.UK,
        "%s's statistics (neighbours' mean, rank, quartile, change, England, region) for a year of"
            + " each of those %d measures, asked for one after another: %.2f s in all: %s (goal 2 s)%n",
        authority,
        n,
        total,
        total <= 2 ? "MET" : "MISSED");
  }

  static long single(Connection db, String sql) throws Exception {
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void refuse(String what) {
    System.out.println("Refused to report: " + what + ".");
    System.exit(1);
  }
}
