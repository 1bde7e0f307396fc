import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * A small load generator for the page benchmark: simulated users ask in turn for the addresses of a
 * list, for a warm-up and then a measured time, and it prints for each group of addresses its
 * throughput and response times. The first group is the floor (a static file): each other group's
 * 95th percentile is printed as a multiple of the floor's, measured by the same users at the same
 * time, so that both are measured under the same load on the same machine.
 *
 * <p>Usage: {@code java bench/Load.java ADDRESSES MODE [USERS PAUSE_MS WARMUP_S MEASURED_S]
 * [--p95-within RATIO] [--throughput-at-least PER_SECOND]}, with the API token in the environment's
 * {@code BEACON_TOKEN}. ADDRESSES is a file of lines {@code group<TAB>token|no token<TAB>marker<TAB>
 * address}: the page's group, whether it is asked for with the token ({@code Authorization: Bearer}),
 * a text the right page holds (its heading, the indicator's code) and its address. MODE is:
 *
 * <ul>
 *   <li>{@code once}: every address once, one after another (which also builds what Beacon keeps
 *       for them), printing nothing but a refusal;
 *   <li>{@code together}: every group asked for by the same users at once, each user asking for
 *       the next group's next address in turn;
 *   <li>{@code each-alone}: each group measured on its own, one after another.
 * </ul>
 *
 * <p>Each user waits PAUSE_MS after an answer before asking again, as a person reads a page before
 * the next; 0 asks again at once, which measures the most the server can answer. The users start
 * spread over one pause, as people do. Every answer, in the warm-up too, must be 200 and hold its
 * page's marker: at the first that is not (a sign-in page, a page not found, an error), every user
 * stops, nothing is printed on the standard output, and it exits with status 1 saying which answer
 * was wrong.
 */
public class Load {

  record Address(String group, boolean withToken, String marker, URI uri) {}

  /** The answers' times of one group, in nanoseconds, sorted. */
  record Times(String group, long[] sorted, double seconds) {

    double throughput() {
      return sorted.length / seconds;
    }

    double percentile(int p) {
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static String token;

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      usage();
    }
    List<List<Address>> groups = read(Path.of(args[0]));
    String mode = args[1];
    token = System.getenv("BEACON_TOKEN");
    if (token == null || token.isBlank()) {
      System.err.println("Give the API token the pages are asked for with in BEACON_TOKEN");
      System.exit(64);
    }
    if (mode.equals("once")) {
      for (List<Address> group : groups) {
        for (Address address : group) {
          String wrong = wrongAnswer(address);
          if (wrong != null) {
            refuse(wrong);
          }
        }
      }
      return;
    }
    if (args.length < 6) {
      usage();
    }
    int users = Integer.parseInt(args[2]);
    long pause = Long.parseLong(args[3]);
    long warmup = Long.parseLong(args[4]);
    long measured = Long.parseLong(args[5]);
    double p95Within = 0;
    double throughputAtLeast = 0;
    for (int i = 6; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--p95-within" -> p95Within = Double.parseDouble(args[i + 1]);
        case "--throughput-at-least" -> throughputAtLeast = Double.parseDouble(args[i + 1]);
        default -> usage();
      }
    }
    List<Times> times = new ArrayList<>();
    switch (mode) {
      case "together" -> times.addAll(measure(groups, users, pause, warmup, measured));
      case "each-alone" -> {
        for (List<Address> group : groups) {
          times.addAll(measure(List.of(group), users, pause, warmup, measured));
        }
      }
      default -> usage();
    }
    print(times, p95Within, throughputAtLeast);
  }

  private static void usage() {
    System.err.println(
        "Usage: java bench/Load.java ADDRESSES once|together|each-alone"
            + " [USERS PAUSE_MS WARMUP_S MEASURED_S]"
            + " [--p95-within RATIO] [--throughput-at-least PER_SECOND]");
    System.exit(64);
  }

  private static void refuse(String wrong) {
    System.err.println("Refused to report: " + wrong);
    System.exit(1);
  }

  /** What is wrong with the answer to the address; null when it is the page asked for. */
  private static String wrongAnswer(Address address) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(address.uri()).timeout(Duration.ofSeconds(60));
    if (address.withToken()) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<byte[]> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      return address.uri() + " answered " + response.statusCode() + ", not 200";
    }
    if (!holds(response.body(), address.marker())) {
      return address.uri()
          + " answered 200 without \""
          + address.marker()
          + "\": not the page asked for";
    }
    return null;
  }

  /** The groups asked for by the same users at once; refuses at the first wrong answer. */
  private static List<Times> measure(
      List<List<Address>> groups, int users, long pause, long warmupSeconds, long measuredSeconds)
      throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long end = measureFrom + measuredSeconds * 1_000_000_000L;
    // a slow page on a busy machine may have no answer by the end: go on until each has one
    long latest = end + 60_000_000_000L;
    AtomicIntegerArray answeredInTime = new AtomicIntegerArray(groups.size());
    AtomicLong stopped = new AtomicLong(end);
    AtomicReference<String> wrong = new AtomicReference<>();
    long[][][] times = new long[users][][];
    int[][] counts = new int[users][];
    CountDownLatch done = new CountDownLatch(users);
    for (int u = 0; u < users; u++) {
      int user = u;
      long startAfter = pause * u / users;
      Thread thread =
          new Thread(
              () -> {
                long[][] mine = new long[groups.size()][1024];
                int[] n = new int[groups.size()];
                try {
                  Thread.sleep(startAfter);
                  for (long k = user; wrong.get() == null; k++) {
                    long sent = System.nanoTime();
                    if (sent >= latest || (sent >= end && everyOneAnswered(answeredInTime))) {
                      stopped.accumulateAndGet(sent, Math::max);
                      break;
                    }
                    int g = (int) (k % groups.size());
                    List<Address> group = groups.get(g);
                    Address address = group.get((int) ((k / groups.size() + user) % group.size()));
                    String wrongAnswer = wrongAnswer(address);
                    long answered = System.nanoTime();
                    if (wrongAnswer != null) {
                      wrong.compareAndSet(null, wrongAnswer);
                      break;
                    }
                    if (sent >= measureFrom) {
                      if (n[g] == mine[g].length) {
                        mine[g] = Arrays.copyOf(mine[g], n[g] * 2);
                      }
                      mine[g][n[g]++] = answered - sent;
                      answeredInTime.incrementAndGet(g);
                    }
                    if (pause > 0) {
                      Thread.sleep(pause);
                    }
                  }
                } catch (IOException | InterruptedException | RuntimeException e) {
                  wrong.compareAndSet(null, "a request failed: " + e);
                } finally {
                  times[user] = mine;
                  counts[user] = n;
                  done.countDown();
                }
              });
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    if (wrong.get() != null) {
      refuse(wrong.get());
    }
    List<Times> measured = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int group = g;
      long[] all =
          IntStream.range(0, users)
              .mapToObj(u -> Arrays.copyOf(times[u][group], counts[u][group]))
              .flatMapToLong(Arrays::stream)
              .sorted()
              .toArray();
      String name = groups.get(g).get(0).group();
      if (all.length == 0) {
        refuse("no answer to " + name + " in the measured time");
      }
      measured.add(new Times(name, all, (stopped.get() - measureFrom) / 1e9));
    }
    return measured;
  }

  private static boolean everyOneAnswered(AtomicIntegerArray answered) {
    for (int g = 0; g < answered.length(); g++) {
      if (answered.get(g) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Each group's figures, the first as the floor, the others against it and the goals. */
  private static void print(List<Times> times, double p95Within, double throughputAtLeast) {
    Times floor = times.get(0);
    for (Times group : times) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  "  %-36s %6d answers %7.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms",
                  group.group(),
                  group.sorted().length,
                  group.throughput(),
                  group.percentile(50),
                  group.percentile(95),
                  group.percentile(99)));
      if (group == floor) {
        line.append("  (the floor)");
      } else {
        if (p95Within > 0) {
          double ratio = group.percentile(95) / floor.percentile(95);
          line.append(
              String.format(
                  "  p95 %.1fx the floor's: %s (goal %.0fx)",
                  ratio, ratio <= p95Within ? "MET" : "MISSED", p95Within));
        }
        if (throughputAtLeast > 0) {
          line.append(
              String.format(
                  "  throughput %.0f%% of the floor's: %s (goal %.0f/s)",
                  100 * group.throughput() / floor.throughput(),
                  group.throughput() >= throughputAtLeast ? "MET" : "MISSED",
                  throughputAtLeast));
        }
      }
      System.out.println(line);
    }
  }

  private static List<List<Address>> read(Path file) throws IOException {
    Map<String, List<Address>> groups = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 4) {
        throw new IllegalArgumentException("Not group, token, marker, address: " + line);
      }
      groups
          .computeIfAbsent(fields[0], g -> new ArrayList<>())
          .add(
              new Address(fields[0], fields[1].equals("token"), fields[2], URI.create(fields[3])));
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("No addresses in " + file);
    }
    return new ArrayList<>(groups.values());
  }

  /** Whether the body holds the marker's bytes (in UTF-8). */
  private static boolean holds(byte[] body, String marker) {
    byte[] wanted = marker.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + wanted.length <= body.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (body[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
