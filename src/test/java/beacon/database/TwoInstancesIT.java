package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.PackagedJar;
import beacon.web.SignedInSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of Beacon, as two packaged jars in their own processes, on one external PostgreSQL
 * listening on loopback: a person signs in on one and goes on with the same session on the other,
 * because sessions are kept in the database; signing out on the second ends it on the first.
 */
class TwoInstancesIT {

  private static final Path JAR = PackagedJar.JAR;
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final String PASSWORD = "the first administrator's password";

  private final List<Process> instances = new ArrayList<>();
  private EmbeddedPostgres postgres;

  @AfterEach
  void stopEverything() throws Exception {
    for (Process instance : instances) {
      instance.destroy();
      instance.waitFor(60, TimeUnit.SECONDS);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aSessionStartedOnOneInstanceIsUsedOnTheOther() throws Exception {
    assertThat(JAR).as("the packaged jar (run with mvn verify)").exists();
    Path logs =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "two-");
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";

    int first = freePort();
    start(url, first, logs.resolve("first.log"));
    SignedInSession session = waitForSignIn(first);
    int second = freePort();
    start(url, second, logs.resolve("second.log"));
    waitForSignInPage(second);

    String cookie = session.cookie();
    HttpResponse<String> onTheSecond = withSession(cookie, second, "/account/tokens");

    assertThat(onTheSecond.statusCode()).isEqualTo(200);
    assertThat(onTheSecond.body()).contains("Your API tokens").contains("Administrator");

    String csrf = session.csrf();
    HttpResponse<String> signedOut =
        send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + second + "/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SESSION=" + cookie)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build());
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(withSession(cookie, first, "/account/tokens").headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
    // both work as the one role that owns the tables, a superuser, and say what that leaves open
    assertThat(Files.readString(logs.resolve("first.log"))).contains("can change the trail");
  }

  /** A request carrying only the session cookie, from a client that keeps no cookies itself. */
  private HttpResponse<String> withSession(String cookie, int port, String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Cookie", "SESSION=" + cookie)
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void start(String url, int port, Path log) throws IOException {
    File output = log.toFile();
    ProcessBuilder builder =
        new ProcessBuilder(
                PackagedJar.command(
                    "--server.port=" + port,
                    "--beacon.demo-data=false",
                    "--beacon.national.load-on-first-start=false",
                    "--beacon.first-administrator.password=" + PASSWORD))
            .redirectErrorStream(true)
            .redirectOutput(output);
    builder.environment().put("SPRING_DATASOURCE_URL", url);
    builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
    builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
    instances.add(builder.start());
  }

  private SignedInSession waitForSignIn(int port) throws InterruptedException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      assertRunning();
      try {
        return SignedInSession.signIn(port, "admin", PASSWORD);
      } catch (UncheckedIOException | IllegalStateException notYetAnswering) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("Beacon did not answer within " + PATIENCE);
  }

  private void waitForSignInPage(int port) throws InterruptedException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      assertRunning();
      try (var socket = new java.net.Socket("localhost", port)) {
        return;
      } catch (IOException notYetListening) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("Beacon did not answer within " + PATIENCE);
  }

  private void assertRunning() {
    assertThat(instances).allMatch(Process::isAlive, "every instance is running");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
