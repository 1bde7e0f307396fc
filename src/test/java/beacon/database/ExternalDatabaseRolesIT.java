package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.PackagedJar;
import beacon.web.SignedInSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar on an external PostgreSQL set up as the README says: the migrations run as the
 * role that owns the database, Beacon works as a role of its own, which writes the council's data
 * and the audit trail through its triggers but can neither change the trail nor switch it off.
 */
class ExternalDatabaseRolesIT {

  private static final Path JAR = PackagedJar.JAR;
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final String PASSWORD = "the first administrator's password";

  /** The README's SQL, as a database administrator runs it. */
  private static final List<String> README =
      List.of(
          "create role beacon_owner login password 'the owner''s password'",
          "create role beacon login password 'beacon''s password'",
          "create database beacon owner beacon_owner");

  private Process beacon;
  private EmbeddedPostgres postgres;

  @AfterEach
  void stopEverything() throws Exception {
    if (beacon != null) {
      beacon.destroy();
      beacon.waitFor(60, TimeUnit.SECONDS);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void beaconWorksAsItsOwnRoleWhichCannotChangeTheAuditTrail() throws Exception {
    assertThat(JAR).as("the packaged jar (run with mvn verify)").exists();
    Path log =
        Files.createTempFile(
            Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(),
            "external-",
            ".log");
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection administrator = postgres.getPostgresDatabase().getConnection();
        Statement sql = administrator.createStatement()) {
      for (String statement : README) {
        sql.execute(statement);
      }
    }
    String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/beacon";

    int port = freePort();
    beacon = start(url, port, log);
    waitForSignIn(port);

    try (Connection asBeacon = DriverManager.getConnection(url, "beacon", "beacon's password");
        Statement sql = asBeacon.createStatement()) {
      assertThat(one(sql, "select rolsuper from pg_roles where rolname = current_user"))
          .isEqualTo("f");
      assertThat(one(sql, "select tableowner from pg_tables where tablename = 'audit_event'"))
          .isEqualTo("beacon_owner");
      assertThat(one(sql, "select count(*) from audit_event where table_name = 'account'"))
          .as("the first administrator, added by Beacon's role, in the trail")
          .isNotEqualTo("0");
      String trail =
          one(sql, "select md5(string_agg(a::text, ',' order by id)) from audit_event a");
      for (String statement :
          List.of(
              "update audit_event set username = 'Nobody'",
              "delete from audit_event",
              "truncate audit_event",
              "alter table audit_event disable trigger all",
              "alter table account disable trigger account_audited",
              "set session_replication_role = replica")) {
        assertThatThrownBy(() -> sql.execute(statement))
            .as(statement)
            .hasMessageMatching("(?s).*(permission denied|must be owner).*");
      }
      assertThat(one(sql, "select md5(string_agg(a::text, ',' order by id)) from audit_event a"))
          .isEqualTo(trail);
    }
    assertThat(Files.readString(log)).doesNotContain("can change the trail");
  }

  private Process start(String url, int port, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                PackagedJar.command(
                    "--server.port=" + port,
                    "--beacon.demo-data=false",
                    "--beacon.national.load-on-first-start=false",
                    "--beacon.first-administrator.password=" + PASSWORD))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("SPRING_DATASOURCE_URL", url);
    builder.environment().put("SPRING_DATASOURCE_USERNAME", "beacon");
    builder.environment().put("SPRING_DATASOURCE_PASSWORD", "beacon's password");
    builder.environment().put("SPRING_FLYWAY_USER", "beacon_owner");
    builder.environment().put("SPRING_FLYWAY_PASSWORD", "the owner's password");
    return builder.start();
  }

  private static String one(Statement sql, String query) throws SQLException {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
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
