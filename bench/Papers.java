import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Asks Beacon for each committee paper of a portfolio, in each layout and format, with the API
 * token in BEACON_TOKEN, and checks every answer: 200, the format's content type, a file of that
 * format (a PDF, a Word or Excel zip, CSV with a row for each indicator) holding every indicator's
 * title. Times WARMUP then RUNS answers of each, and of the static file /beacon.css, the floor.
 * Prints each paper's median and slowest against the floor and its HTML, then the goals. At the
 * first wrong answer it prints what was wrong and exits with status 1, reporting nothing.
 *
 * <p>Usage: java -cp PDFBOX_JARS bench/Papers.java BASE ORG PERIOD PORTFOLIO TITLES_FILE WARMUP RUNS
 * LAYOUTS FORMATS (TITLES_FILE: the portfolio's indicator titles, one a line; LAYOUTS and FORMATS
 * separated by commas).
 */
public class Papers {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String TOKEN = System.getenv("BEACON_TOKEN");

  record Format(String name, String contentType, String label, double goalSeconds) {}

  static final List<Format> FORMATS =
      List.of(
          new Format("html", "text/html", "HTML", 0),
          new Format("pdf", "application/pdf", "PDF", 2),
          new Format(
              "docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "Word",
              1),
          new Format(
              "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", 0),
          new Format("csv", "text/csv", "CSV", 0));

  record Times(String what, Format format, double median, double slowest, long bytes) {}

  static String base;
  static List<String> titles;

  public static void main(String[] args) throws Exception {
    base = args[0];
    String org = args[1];
    String period = args[2];
    String portfolio = args[3];
    titles = Files.readAllLines(Path.of(args[4]));
    int warmup = Integer.parseInt(args[5]);
    int runs = Integer.parseInt(args[6]);
    List<String> layouts = List.of(args[7].split(","));
    List<String> formats = List.of(args[8].split(","));

    rated(org, period, portfolio);
    Times floor = measure("static file /beacon.css, no token", null, "/beacon.css", warmup, runs);
    List<Times> papers = new ArrayList<>();
    // format by format, so that each format's first layout takes its cold start
    for (Format format : FORMATS) {
      if (!formats.contains(format.name())) {
        continue;
      }
      for (String layout : layouts) {
        String address =
            "/api/v1/organisations/%s/reports/%s?period=%s&portfolio=%s&format=%s"
                .formatted(org, layout, period, encoded(portfolio), format.name());
        papers.add(measure(layout, format, address, warmup, runs));
      }
    }

    System.out.printf(
        Locale.UK,
        "Committee papers of %d quarterly indicators (%s, %s), each asked for with an API token;"
            + " %d runs left out, then %d measured; %d cores.%n",
        titles.size(),
        portfolio,
        period,
        warmup,
        runs,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.UK,
        "%-40s median %7.3f s, slowest %7.3f s, %,9d bytes (the floor)%n",
        floor.what(),
        floor.median(),
        floor.slowest(),
        floor.bytes());
    for (Times paper : papers) {
      Times html =
          papers.stream()
              .filter(p -> p.what().equals(paper.what()) && p.format().name().equals("html"))
              .findFirst()
              .orElse(null);
      System.out.printf(
          Locale.UK,
          "%-40s median %7.3f s, slowest %7.3f s, %,9d bytes; %,.1fx the floor%s%n",
          paper.what() + " " + paper.format().name(),
          paper.median(),
          paper.slowest(),
          paper.bytes(),
          paper.median() / floor.median(),
          html == null || html == paper
              ? ""
              : String.format(Locale.UK, ", %.1fx its HTML", paper.median() / html.median()));
    }
    for (Format format : FORMATS) {
      if (format.goalSeconds() == 0 || !formats.contains(format.name())) {
        continue;
      }
      Times slowest =
          papers.stream()
              .filter(p -> p.format() == format)
              .max((a, b) -> Double.compare(a.median(), b.median()))
              .orElseThrow();
      System.out.printf(
          Locale.UK,
          "%s <= %.0f s: %s (the slowest layout, %s, median %.3f s, slowest %.3f s)%n",
          format.label(),
          format.goalSeconds(),
          slowest.median() <= format.goalSeconds() ? "MET" : "MISSED",
          slowest.what(),
          slowest.median(),
          slowest.slowest());
    }
  }

  /** Refuses unless the scorecard API reports every title given as rated in the portfolio. */
  static void rated(String org, String period, String portfolio) throws Exception {
    String address = "/api/v1/organisations/%s/scorecard?period=%s".formatted(org, period);
    HttpResponse<byte[]> answer = get(address, true);
    if (answer.statusCode() != 200) {
      refuse(address, "answered " + answer.statusCode());
    }
    String json = new String(answer.body(), StandardCharsets.UTF_8);
    Matcher line =
        Pattern.compile(
                "\"portfolio\":\"" + Pattern.quote(portfolio) + "\".*?\"rag\":\"([A-Z_]+)\"")
            .matcher(json);
    int rated = 0;
    while (line.find()) {
      rated += line.group(1).equals("NOT_RATED") ? 0 : 1;
    }
    if (rated != titles.size()) {
      refuse(
          address,
          "rates %d indicators of the portfolio, not the %d set up".formatted(rated, titles.size()));
    }
  }

  static Times measure(String what, Format format, String address, int warmup, int runs)
      throws Exception {
    double[] seconds = new double[runs];
    long bytes = 0;
    for (int run = 0; run < warmup + runs; run++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> answer = get(address, format != null);
      long took = System.nanoTime() - start;
      check(address, format, answer, run == 0 || run == warmup + runs - 1);
      bytes = answer.body().length;
      if (run >= warmup) {
        seconds[run - warmup] = took / 1e9;
      }
    }
    Arrays.sort(seconds);
    return new Times(what, format, seconds[runs / 2], seconds[runs - 1], bytes);
  }

  static HttpResponse<byte[]> get(String address, boolean token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + address));
    if (token) {
      request.header("Authorization", "Bearer " + TOKEN);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Refuses unless the answer is the paper asked for; reads its whole content when told to. */
  static void check(String address, Format format, HttpResponse<byte[]> answer, boolean read)
      throws IOException {
    if (answer.statusCode() != 200) {
      refuse(address, "answered " + answer.statusCode() + ": " + start(answer.body()));
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (format == null) {
      if (!type.startsWith("text/css") || !start(answer.body()).contains("GDS Transport")) {
        refuse(address, "is not the style sheet");
      }
      return;
    }
    if (!type.startsWith(format.contentType())) {
      refuse(address, "answered " + type + ", not " + format.contentType());
    }
    byte[] body = answer.body();
    String text =
        switch (format.name()) {
          case "pdf" -> {
            if (!start(body).startsWith("%PDF-")) {
              refuse(address, "is not a PDF");
            }
            yield read ? pdfText(body) : null;
          }
          case "docx", "xlsx" -> {
            if (body.length < 4 || body[0] != 'P' || body[1] != 'K') {
              refuse(address, "is not a zip file, as Word and Excel files are");
            }
            yield read ? zipText(body) : null;
          }
          default -> new String(body, StandardCharsets.UTF_8);
        };
    if (format.name().equals("csv")) {
      int records = csvRecords(text);
      if (records != titles.size() + 1) {
        refuse(
            address,
            "has %d rows, not a heading and a row for each of the %d indicators"
                .formatted(records, titles.size()));
      }
    }
    if (text != null) {
      String words = unescaped(text).replaceAll("\\s+", " ");
      if (format.name().equals("pdf")) {
        // a line may break after a word's hyphen: "re-" then "referrals" on the next line
        words = words.replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
      }
      List<String> tokens = List.of(words.split(" "));
      for (String title : titles) {
        // a PDF's table row may go on over a page break, its other cells' lines in between
        boolean held =
            format.name().equals("pdf") ? inOrder(tokens, title.split(" ")) : words.contains(title);
        if (!held) {
          keep(format, body, words);
          refuse(address, "does not hold the indicator \"" + title + "\"");
        }
      }
    }
  }

  /** Whether the words follow one another in the text, with no more than 100 others among them. */
  static boolean inOrder(List<String> text, String[] words) {
    for (int start = text.indexOf(words[0]); start >= 0 && start < text.size(); start++) {
      if (!text.get(start).equals(words[0])) {
        continue;
      }
      int found = 1;
      for (int at = start + 1; at < text.size() && at <= start + 100 + words.length; at++) {
        if (text.get(at).equals(words[found]) && ++found == words.length) {
          return true;
        }
      }
    }
    return false;
  }

  /** Keeps a wrong answer, and its text, in the folder KEEP_WRONG names, if it names one. */
  static void keep(Format format, byte[] body, String text) throws IOException {
    String folder = System.getenv("KEEP_WRONG");
    if (folder != null && !folder.isBlank()) {
      Files.write(Path.of(folder, "wrong." + format.name()), body);
      Files.writeString(Path.of(folder, "wrong." + format.name() + ".txt"), text);
    }
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The text of every XML part of a zip (a Word or Excel file), its tags taken out. */
  static String zipText(byte[] zip) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (entry.getName().endsWith(".xml")) {
          text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", " "));
        }
      }
    }
    return text.toString();
  }

  /** The number of records of an RFC 4180 file, a field in quotes holding line breaks or not. */
  static int csvRecords(String csv) {
    int records = 0;
    boolean quoted = false;
    boolean empty = true;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records += empty ? 0 : 1;
        empty = true;
        continue;
      }
      if (c != '\r') {
        empty = false;
      }
    }
    return records + (empty ? 0 : 1);
  }

  static String unescaped(String text) {
    return text.replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  static String start(byte[] body) {
    return new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1);
  }

  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static void refuse(String address, String what) {
    System.out.println("Refused to report: " + base + address + " " + what + ".");
    System.exit(1);
  }
}
