package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.PackagedJar;
import beacon.web.SignedInSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A data directory made by an earlier Beacon, whose PostgreSQL trusted every local connection and
 * which worked as the superuser: the packaged jar's first start on it sets the passwords and
 * Beacon's own role, once, and keeps everything that was there; the next start just starts.
 */
class EarlierDataDirectoryIT {

  private static final Path JAR = PackagedJar.JAR;
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final String PASSWORD = "the first administrator's password";
  private static final String SET_UP = "now asks every connection for its password";

  private Process beacon;

  @AfterEach
  void stopBeacon() throws InterruptedException {
    stop();
  }

  @Test
  void isSetUpWithPasswordsOnItsFirstStartAndKeepsWhatWasThere() throws Exception {
    assertThat(JAR).as("the packaged jar (run with mvn verify)").exists();
    Path data =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "earlier-");
    try (EmbeddedPostgres earlier = asAnEarlierBeaconStartedIt(data)) {
      Flyway.configure()
          .dataSource(earlier.getPostgresDatabase())
          .locations("classpath:db/migration")
          .target("10")
          .load()
          .migrate();
      try (Connection connection = earlier.getPostgresDatabase().getConnection();
          Statement sql = connection.createStatement()) {
        sql.execute("insert into organisation (code, name) values ('E01', 'Earlier Council')");
      }
    }

    int web = freePort();
    Path firstLog = data.resolveSibling(data.getFileName() + "-first.log");
    beacon = start(data, web, firstLog);
    waitForSignIn(web);
    int port = Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim());
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";
    Properties passwords = passwordsIn(data);

    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
        .as("the superuser without a password")
        .isInstanceOf(SQLException.class);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret(data))))
        .isEqualTo("rw-------");
    try (Connection asBeacon =
            DriverManager.getConnection(url, "beacon", passwords.getProperty("beacon"));
        Statement sql = asBeacon.createStatement()) {
      assertThat(one(sql, "select rolsuper from pg_roles where rolname = current_user"))
          .isEqualTo("f");
      assertThat(one(sql, "select name from organisation where code = 'E01'"))
          .isEqualTo("Earlier Council");
      assertThat(
              one(
                  sql,
                  "select count(*) from audit_event where table_name = 'organisation'"
                      + " and new_row ->> 'code' = 'E01'"))
          .as("the earlier trail")
          .isEqualTo("1");
      assertThat(one(sql, "select count(*) from audit_event where table_name = 'account'"))
          .as("the first administrator, added by this start, in the trail")
          .isNotEqualTo("0");
      assertThatThrownBy(() -> sql.execute("delete from audit_event"))
          .hasMessageContaining("permission denied");
    }
    stop();

    Path secondLog = data.resolveSibling(data.getFileName() + "-second.log");
    beacon = start(data, web, secondLog);
    waitForSignIn(web);

    assertThat(Files.readString(firstLog)).contains(SET_UP);
    assertThat(Files.readString(secondLog)).as("set up once only").doesNotContain(SET_UP);
    for (Path log : List.of(firstLog, secondLog)) {
      for (String password :
          List.of(passwords.getProperty("postgres"), passwords.getProperty("beacon"))) {
        assertThat(Files.readString(log)).as("a password in " + log).doesNotContain(password);
      }
    }
  }

  /** The embedded PostgreSQL as Beacon started it before: every local connection trusted. */
  private static EmbeddedPostgres asAnEarlierBeaconStartedIt(Path data) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setServerConfig("listen_addresses", "localhost")
        .start();
  }

  private static String one(Statement sql, String query) throws SQLException {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Path secret(Path data) {
    return data.resolve("beacon-secret");
  }

  private static Properties passwordsIn(Path data) {
    Properties passwords = new Properties();
    try (Reader in = Files.newBufferedReader(secret(data))) {
      passwords.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passwords;
  }

  private Process start(Path data, int port, Path log) throws IOException {
    return new ProcessBuilder(
            PackagedJar.command(
                "--server.port=" + port,
                "--beacon.database.directory=" + data,
                "--beacon.demo-data=false",
                "--beacon.national.load-on-first-start=false",
                "--beacon.first-administrator.password=" + PASSWORD))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private void stop() throws InterruptedException {
    if (beacon != null && beacon.isAlive()) {
      beacon.destroy();
      beacon.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private void waitForSignIn(int port) throws InterruptedException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      assertThat(beacon.isAlive()).as("Beacon is running").isTrue();
      try {
        SignedInSession.signIn(port, "admin", PASSWORD);
        return;
      } catch (UncheckedIOException | IllegalStateException notYetAnswering) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("Beacon did not answer within " + PATIENCE);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
