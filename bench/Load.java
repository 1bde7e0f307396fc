import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small load generator: a number of simulated users each ask for the given addresses in turn, as
 * fast as the server answers, for a warm-up and then a measured time; prints the percentiles of
 * the response times and the throughput of the measured part.
 *
 * <p>Usage: java bench/Load.java NAME USERS THINK_MILLISECONDS WARMUP_SECONDS MEASURE_SECONDS URL
 * [URL ...]
 *
 * <p>Each user waits THINK_MILLISECONDS after an answer before asking again, as a person reads a
 * page before the next; 0 asks again at once, which measures the most the server can answer.
 */
public class Load {

  public static void main(String[] args) throws Exception {
    String name = args[0];
    int users = Integer.parseInt(args[1]);
    long think = Long.parseLong(args[2]);
    long warmup = Long.parseLong(args[3]) * 1_000_000_000L;
    long measure = Long.parseLong(args[4]) * 1_000_000_000L;
    List<URI> urls = new ArrayList<>();
    for (int i = 5; i < args.length; i++) {
      urls.add(URI.create(args[i]));
    }
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long start = System.nanoTime();
    long measureFrom = start + warmup;
    long end = measureFrom + measure;
    List<long[]> perUser = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger bytes = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(users);
    for (int u = 0; u < users; u++) {
      int first = u;
      Thread user =
          new Thread(
              () -> {
                long[] times = new long[1 << 16];
                int n = 0;
                int next = first;
                try {
                  while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                      break;
                    }
                    URI url = urls.get(next++ % urls.size());
                    HttpResponse<byte[]> response =
                        client.send(
                            HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long answered = System.nanoTime();
                    if (sent >= measureFrom) {
                      if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                      }
                      bytes.addAndGet(response.body().length / 1024);
                      if (n == times.length) {
                        times = java.util.Arrays.copyOf(times, n * 2);
                      }
                      times[n++] = answered - sent;
                    }
                    if (think > 0) {
                      Thread.sleep(think);
                    }
                  }
                } catch (Exception e) {
                  failures.incrementAndGet();
                } finally {
                  perUser.add(java.util.Arrays.copyOf(times, n));
                  done.countDown();
                }
              });
      user.start();
    }
    done.await();
    long[] all = perUser.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
    double seconds = measure / 1e9;
    System.out.printf(
        "%-28s users %3d  think %4d ms  requests %6d  throughput %7.1f/s  p50 %6.1f ms  p95 %6.1f ms"
            + "  p99 %6.1f ms  max %7.1f ms  failures %d  mean size %d KiB%n",
        name,
        users,
        think,
        all.length,
        all.length / seconds,
        percentile(all, 50),
        percentile(all, 95),
        percentile(all, 99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        failures.get(),
        all.length == 0 ? 0 : bytes.get() / all.length);
    if (failures.get() > 0) {
      System.exit(1);
    }
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
