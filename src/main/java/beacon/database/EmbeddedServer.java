package beacon.database;

import static beacon.database.DatabaseSecret.ADMINISTRATOR;
import static beacon.database.DatabaseSecret.APPLICATION;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Beacon starts in its own process, on its data directory, asking every
 * connection for its password. A new data directory is made with the superuser's password already
 * set and the password rules written before the server first starts, so it never trusts anyone. A
 * data directory made by an earlier Beacon (which trusted every local connection) is set up once,
 * on its first start by this one: the passwords are set, then the rules, which the server reloads,
 * with no restart.
 */
final class EmbeddedServer implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
  private static final String DATABASE = "postgres";

  private final EmbeddedPostgres postgres;
  private final DatabaseSecret secret;

  private EmbeddedServer(EmbeddedPostgres postgres, DatabaseSecret secret) {
    this.postgres = postgres;
    this.secret = secret;
  }

  static EmbeddedServer start(Path dataDirectory) throws IOException {
    LeftoverServer.stopIfRunning(dataDirectory);
    if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
      return startNew(dataDirectory);
    }
    boolean trusting = ClientAuthentication.trustsWithoutPassword(dataDirectory);
    DatabaseSecret secret = DatabaseSecret.in(dataDirectory).orElse(null);
    if (secret == null && !trusting) {
      throw new IllegalStateException(
          "The database in "
              + dataDirectory
              + " asks for passwords, but the file that keeps them, "
              + DatabaseSecret.FILE
              + ", is not there: put it back from a copy of the data directory");
    }
    if (secret == null) {
      secret = DatabaseSecret.generate();
      secret.keepIn(dataDirectory);
    }
    EmbeddedServer server = new EmbeddedServer(builder(dataDirectory, secret).start(), secret);
    server.setUp(dataDirectory, trusting);
    return server;
  }

  private static EmbeddedServer startNew(Path dataDirectory) throws IOException {
    DatabaseSecret secret = DatabaseSecret.generate();
    Path passwordFile = secret.administratorPasswordFile();
    try {
      EmbeddedPostgres postgres =
          builder(dataDirectory, secret)
              // the builder hands its "locale" settings to initdb as --name=value
              .setLocaleConfig("pwfile", passwordFile.toString())
              // after initdb, before the server first starts
              .setDataDirectoryCustomizer(
                  directory -> {
                    try {
                      secret.keepIn(directory.toPath());
                      ClientAuthentication.requirePasswords(directory.toPath());
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .start();
      EmbeddedServer server = new EmbeddedServer(postgres, secret);
      server.setUp(dataDirectory, false);
      return server;
    } finally {
      Files.deleteIfExists(passwordFile);
    }
  }

  private static EmbeddedPostgres.Builder builder(Path dataDirectory, DatabaseSecret secret) {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("password_encryption", "scram-sha-256")
        // the builder's own check that the server is up connects as the superuser
        .setConnectConfig("password", secret.administratorPassword());
  }

  /**
   * Makes Beacon's role if it is not there yet, never a superuser; on a database that trusted every
   * connection, first sets the passwords and then asks for them.
   */
  private void setUp(Path dataDirectory, boolean trusting) {
    try (Connection administrator = administratorDataSource().getConnection();
        Statement sql = administrator.createStatement()) {
      boolean made;
      try (ResultSet role =
          sql.executeQuery("select 1 from pg_roles where rolname = '" + APPLICATION + "'")) {
        made = role.next();
      }
      if (!made) {
        sql.execute("create role " + APPLICATION);
      }
      sql.execute(
          "alter role "
              + APPLICATION
              + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit");
      PGConnection connection = administrator.unwrap(PGConnection.class);
      if (trusting) {
        connection.alterUserPassword(
            ADMINISTRATOR, secret.administratorPassword().toCharArray(), "scram-sha-256");
      }
      if (trusting || !made) {
        connection.alterUserPassword(
            APPLICATION, secret.applicationPassword().toCharArray(), "scram-sha-256");
      }
      if (trusting) {
        ClientAuthentication.requirePasswords(dataDirectory);
        sql.execute("select pg_reload_conf()");
        log.info(
            "The database in {} now asks every connection for its password; the passwords are in"
                + " {}",
            dataDirectory,
            dataDirectory.resolve(DatabaseSecret.FILE));
      }
    } catch (SQLException | IOException | RuntimeException e) {
      close();
      throw new IllegalStateException("Could not set up the roles of the database", e);
    }
  }

  /** Connections as Beacon's own role, pooled. */
  DataSource applicationDataSource() {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl(APPLICATION, DATABASE));
    dataSource.setUsername(APPLICATION);
    dataSource.setPassword(secret.applicationPassword());
    dataSource.setPoolName("beacon");
    return dataSource;
  }

  /** Connections as the superuser, for the migrations. */
  DataSource administratorDataSource() {
    return postgres.getDatabase(
        ADMINISTRATOR, DATABASE, Map.of("password", secret.administratorPassword()));
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Could not stop the database server", e);
    }
  }
}
