package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.PackagedJar;
import beacon.web.SignedInSession;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Beacon, killed with {@code kill -9}, leaves its PostgreSQL running on the data directory; the
 * next start stops that server and starts first time, with the data as it was.
 */
class RestartAfterKillIT {

  private static final Path JAR = PackagedJar.JAR;
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final String PASSWORD = "the first administrator's password";

  private Process beacon;

  @AfterEach
  void stopBeacon() throws InterruptedException {
    if (beacon != null && beacon.isAlive()) {
      beacon.destroy();
      beacon.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void startsFirstTimeAfterTheLastRunWasKilled() throws Exception {
    assertThat(JAR).as("the packaged jar (run with mvn verify)").exists();
    Path data =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "kill-");
    int port = freePort();

    beacon = start(data, port, "first");
    String before = waitForScorecard(port);

    beacon.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long leftover =
        Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
        .as("the killed run's PostgreSQL is still running")
        .contains(true);

    beacon = start(data, port, "second");
    String after = waitForScorecard(port);

    assertThat(after).isEqualTo(before);
    assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  private Process start(Path data, int port, String name) throws IOException {
    File log = data.resolveSibling(data.getFileName() + "-" + name + ".log").toFile();
    return new ProcessBuilder(
            PackagedJar.command(
                "--server.port=" + port,
                "--beacon.database.directory=" + data,
                "--beacon.first-administrator.password=" + PASSWORD))
        .redirectErrorStream(true)
        .redirectOutput(log)
        .start();
  }

  /** The scorecard, asked as the first administrator once Beacon answers. */
  private String waitForScorecard(int port) throws InterruptedException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      assertThat(beacon.isAlive()).as("Beacon is running").isTrue();
      try {
        HttpResponse<String> response =
            SignedInSession.signIn(port, "admin", PASSWORD)
                .api("/api/v1/organisations/825/scorecard?period=2022-23-Q4");
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (UncheckedIOException | IllegalStateException notYetAnswering) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Beacon did not answer within " + PATIENCE);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
