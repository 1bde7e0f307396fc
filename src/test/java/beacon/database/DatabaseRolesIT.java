package beacon.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.TestCouncils.TestCouncil;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL asks every connection for its password, and Beacon works as a role that
 * can write the council's data but can neither change the audit trail nor switch it off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseRolesIT extends EmbeddedDatabaseForTests {

  @Autowired JdbcClient db;
  @Autowired DataSource dataSource;
  @Autowired TestCouncils councils;

  @Value("${beacon.database.directory}")
  Path dataDirectory;

  @Test
  void beaconWorksAsARoleThatIsNotASuperuser() {
    var role =
        db.sql(
                """
                select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
                  from pg_roles where rolname = current_user
                """)
            .query(
                (rs, n) ->
                    List.of(
                        rs.getBoolean(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5)))
            .single();

    assertThat(role).containsOnly(false);
  }

  @Test
  void aConnectionWithoutThePasswordIsRefused() {
    String url = "jdbc:postgresql://localhost:" + port() + "/postgres";

    for (String role : List.of("postgres", "beacon")) {
      assertThatThrownBy(() -> DriverManager.getConnection(url, role, null).close())
          .as("%s without a password", role)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThatThrownBy(() -> DriverManager.getConnection(url, role, "postgres").close())
          .as("%s with a guessed password", role)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
    }
  }

  @Test
  void thePasswordsAreKeptInTheDataDirectoryForItsOwnerOnly() throws Exception {
    Path secret = dataDirectory.resolve("beacon-secret");
    Properties passwords = passwords();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
    String url = "jdbc:postgresql://localhost:" + port() + "/postgres";
    for (String role : List.of("postgres", "beacon")) {
      assertThat(passwords.getProperty(role)).as(role).hasSizeGreaterThanOrEqualTo(32);
      try (Connection connection =
          DriverManager.getConnection(url, role, passwords.getProperty(role))) {
        assertThat(connection.isValid(5)).isTrue();
      }
    }
    assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf")))
        .doesNotContainPattern("(?m)^[^#]*\\btrust\\b");
  }

  @Test
  void beaconsRoleCanNeitherChangeNorSwitchOffTheAuditTrail() throws Exception {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("AUD-1", "80");
    long recorded = changesRecordedFor(council);
    String before = trail();

    List<String> refused =
        List.of(
            "update audit_event set username = 'Nobody'",
            "delete from audit_event",
            "truncate audit_event",
            "insert into audit_event (username, table_name, action) values ('Nobody', 'x', 'INSERT')",
            "alter table audit_event disable trigger audit_event_unchangeable",
            "alter table audit_event disable trigger all",
            "drop trigger audit_event_unchangeable on audit_event",
            "alter table audit_event owner to current_user",
            "alter table indicator disable trigger indicator_audited",
            "drop trigger indicator_value_changed_audited on indicator_value",
            "alter table indicator_value disable trigger indicator_value_added_audited",
            "alter table indicator owner to current_user",
            "set session_replication_role = replica",
            "alter role current_user superuser");
    for (String statement : refused) {
      // in a transaction rolled back, so that a statement let through leaves nothing behind
      try (Connection connection = dataSource.getConnection();
          Statement sql = connection.createStatement()) {
        connection.setAutoCommit(false);
        try {
          assertThatThrownBy(() -> sql.execute(statement))
              .as(statement)
              .isInstanceOf(SQLException.class)
              .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        } finally {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      }
    }

    assertThat(trail()).as("the trail as it was").isEqualTo(before);
    assertThat(
            db.sql(
                    """
                    select count(*) from pg_trigger
                     where tgrelid in ('audit_event'::regclass, 'indicator'::regclass,
                         'indicator_value'::regclass)
                       and not tgisinternal and tgenabled <> 'O'
                    """)
                .query(Long.class)
                .single())
        .as("triggers switched off")
        .isZero();
    try (Connection connection = dataSource.getConnection()) {
      changeTheTitleOf(council, "AUD-1", "Still recorded", connection);
    }
    assertThat(changesRecordedFor(council)).as("a change still recorded").isEqualTo(recorded + 1);
  }

  @Test
  void aTemporaryTableNamedLikeTheTrailDoesNotTakeItsRows() throws Exception {
    TestCouncil council = councils.aCouncil().withQuarterlyIndicator("AUD-2", "80");
    long recorded = changesRecordedFor(council);

    // a connection of its own, not the pool's, so that its temporary table goes with it
    try (Connection connection = asBeaconsRole();
        Statement sql = connection.createStatement()) {
      sql.execute("create temporary table audit_event (like public.audit_event including all)");
      changeTheTitleOf(council, "AUD-2", "Changed where nobody would see it", connection);
    }

    assertThat(changesRecordedFor(council)).isEqualTo(recorded + 1);
  }

  @Test
  void everyFunctionThatWritesTheTrailRunsAsItsOwnerWithItsSchemaFixed() {
    List<String> loose =
        db.sql(
                """
                select proname from pg_proc
                 where prosrc ilike '%insert into audit_event%'
                   and not (prosecdef
                       and exists (select from unnest(proconfig) c where c like 'search_path=%'))
                """)
            .query(String.class)
            .list();
    long writers =
        db.sql("select count(*) from pg_proc where prosrc ilike '%insert into audit_event%'")
            .query(Long.class)
            .single();

    assertThat(writers).isPositive();
    assertThat(loose).isEmpty();
  }

  private void changeTheTitleOf(TestCouncil council, String code, String title, Connection c)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("update indicator set title = ? where id = ?")) {
      update.setString(1, title);
      update.setLong(2, council.indicatorId(code));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private long changesRecordedFor(TestCouncil council) {
    return db.sql(
            "select count(*) from audit_event where organisation_id = :o and table_name = 'indicator'")
        .param("o", council.id())
        .query(Long.class)
        .single();
  }

  /** Every row of the trail, as one text. */
  private String trail() {
    return db.sql(
            "select coalesce(md5(string_agg(a::text, ',' order by id)), '') from audit_event a")
        .query(String.class)
        .single();
  }

  /** A connection as the role Beacon works as, straight from the server rather than the pool. */
  private Connection asBeaconsRole() throws SQLException {
    String user = db.sql("select current_user").query(String.class).single();
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port() + "/postgres", user, passwords().getProperty(user));
  }

  /** The passwords Beacon keeps in its data directory, by role; none where there is no file. */
  private Properties passwords() {
    Properties passwords = new Properties();
    Path secret = dataDirectory.resolve("beacon-secret");
    if (Files.exists(secret)) {
      try (Reader in = Files.newBufferedReader(secret)) {
        passwords.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return passwords;
  }

  private int port() {
    return db.sql("select inet_server_port()").query(Integer.class).single();
  }
}
