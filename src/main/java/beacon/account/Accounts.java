package beacon.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The accounts of the people who sign in to Beacon. */
@Repository
public class Accounts {

  private static final String COLUMNS =
      """
      a.id, a.username, a.name, a.role, a.organisation_id, a.password_hash, a.disabled_at
      """;

  private final JdbcClient db;
  private final PasswordEncoder passwords;

  Accounts(JdbcClient db, PasswordEncoder passwords) {
    this.db = db;
    this.passwords = passwords;
  }

  /** Whether any account exists yet. */
  public boolean any() {
    return db.sql("select exists (select 1 from account)").query(Boolean.class).single();
  }

  /**
   * Adds an account.
   *
   * @param email the address its single sign-on identity is found by the first time; may be null
   * @param password the password it signs in with; null for single sign-on only
   * @param createdBy who adds it
   */
  public Account add(
      String username,
      String name,
      String email,
      Role role,
      Long organisationId,
      String password,
      String createdBy) {
    long id =
        db.sql(
                """
                insert into account
                  (username, name, email, role, organisation_id, password_hash, created_by)
                values (:username, :name, :email, :role, :organisation, :hash, :by) returning id
                """)
            .param("username", username)
            .param("name", name)
            .param("email", email)
            .param("role", role.name())
            .param("organisation", organisationId)
            .param("hash", password == null ? null : passwords.encode(password))
            .param("by", createdBy)
            .query(Long.class)
            .single();
    return new Account(id, username, name, role, organisationId);
  }

  public Optional<Account> withId(long id) {
    return stored("a.id = :key", id).map(StoredAccount::account);
  }

  public Optional<Account> withUsername(String username) {
    return storedWithUsername(username).map(StoredAccount::account);
  }

  Optional<StoredAccount> storedWithUsername(String username) {
    return stored("lower(a.username) = lower(:key)", username);
  }

  /** The account a single sign-on identity ("issuer subject") belongs to. */
  Optional<StoredAccount> storedWithSignOnIdentity(String identity) {
    return stored("a.sign_on_identity = :key", identity);
  }

  /** Every account, or those of one organisation (and those of every organisation). */
  public List<Account> all(Long organisationId) {
    return db.sql(
            "select "
                + COLUMNS
                + """
                 from account a
                where :organisation::bigint is null or a.organisation_id is null
                   or a.organisation_id = :organisation
                order by lower(a.name), a.id
                """)
        .param("organisation", organisationId)
        .query((rs, n) -> stored(rs).account())
        .list();
  }

  /**
   * The accounts an administrator manages: every account, or only those of one organisation
   * (without those of every organisation), by name.
   */
  public List<ManagedAccount> managedBy(Long organisationId) {
    return managed(":key::bigint is null or a.organisation_id = :key", organisationId);
  }

  /** One account with its email, state, version and organisation's name. */
  public Optional<ManagedAccount> managed(long id) {
    return managed("a.id = :key", id).stream().findFirst();
  }

  private List<ManagedAccount> managed(String condition, Object key) {
    return db.sql(
            "select "
                + COLUMNS
                + """
                , a.email, a.sign_on_identity, o.name as organisation_name, a.version,
                  coalesce(a.changed_by, a.created_by) as changed_by,
                  coalesce(a.changed_at, a.created_at) as changed_at,
                  (select max(f.locked_until) from failed_sign_in f
                    where f.username = lower(a.username) and f.locked_until > now()) as locked_until
                  from account a left join organisation o on o.id = a.organisation_id
                 where
                """
                + condition
                + " order by lower(a.name), a.id")
        .param("key", key)
        .query(
            (rs, n) -> {
              StoredAccount stored = stored(rs);
              return new ManagedAccount(
                  stored.account(),
                  rs.getString("email"),
                  rs.getString("organisation_name"),
                  stored.passwordHash() != null,
                  rs.getString("sign_on_identity") != null,
                  instant(rs.getTimestamp("locked_until")),
                  stored.disabledAt(),
                  rs.getLong("version"),
                  rs.getString("changed_by"),
                  instant(rs.getTimestamp("changed_at")));
            })
        .list();
  }

  /** Whether another account than {@code except} (null: any) has this username, in any case. */
  public boolean usernameTaken(String username, Long except) {
    return taken("username", username, except);
  }

  /** Whether another account than {@code except} (null: any) has this email, in any case. */
  public boolean emailTaken(String email, Long except) {
    return taken("email", email, except);
  }

  private boolean taken(String column, String value, Long except) {
    return db.sql(
            "select exists (select 1 from account where lower("
                + column
                + ") = lower(:value) and (:except::bigint is null or id <> :except))")
        .param("value", value)
        .param("except", except)
        .query(Boolean.class)
        .single();
  }

  /**
   * The accounts not yet linked to a single sign-on identity whose email or username is one of
   * these names, in any case.
   */
  List<StoredAccount> storedUnlinkedNamed(List<String> names) {
    return db.sql(
            "select "
                + COLUMNS
                + """
                 from account a
                where a.sign_on_identity is null
                  and (lower(a.email) in (:names) or lower(a.username) in (:names))
                """)
        .param("names", names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList())
        .query((rs, n) -> stored(rs))
        .list();
  }

  /** Links a single sign-on identity to an account. */
  void linkSignOnIdentity(long id, String identity) {
    db.sql("update account set sign_on_identity = :identity where id = :id")
        .param("id", id)
        .param("identity", identity)
        .update();
  }

  private Optional<StoredAccount> stored(String condition, Object key) {
    return db.sql("select " + COLUMNS + " from account a where " + condition)
        .param("key", key)
        .query((rs, n) -> stored(rs))
        .optional();
  }

  private static StoredAccount stored(ResultSet rs) throws SQLException {
    Account account =
        new Account(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("name"),
            Role.valueOf(rs.getString("role")),
            rs.getObject("organisation_id", Long.class));
    return new StoredAccount(
        account, rs.getString("password_hash"), instant(rs.getTimestamp("disabled_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
