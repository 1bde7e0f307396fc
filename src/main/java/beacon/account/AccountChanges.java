package beacon.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an account, each from a form opened on one version of it: a change makes the next
 * version, and a form opened on an older one is refused ({@link StaleAccountException}) with
 * nothing written. Each change is whole or nothing: the account's details, its new password and its
 * sign-in in one statement. Stopping an account, another role or organisation and a new password
 * end its signed-in sessions in the same transaction (migration V030).
 */
@Repository
public class AccountChanges {

  private final JdbcClient db;
  private final PasswordEncoder passwords;
  private final FailedSignIns failures;
  private final AccountHistory history;

  AccountChanges(
      JdbcClient db, PasswordEncoder passwords, FailedSignIns failures, AccountHistory history) {
    this.db = db;
    this.passwords = passwords;
    this.failures = failures;
    this.history = history;
  }

  /**
   * Saves a change to an account from a form opened on version {@code opened}. A new password also
   * lifts every lock-out of the account. A change that changes nothing writes nothing.
   *
   * @param opened the version the form was opened on; null when it gave none
   * @param changedBy who saves it
   * @throws StaleAccountException when the account is at another version: nothing is written
   */
  @Transactional
  public void change(long id, Long opened, AccountChange change, String changedBy) {
    String hash = change.newPassword() == null ? null : passwords.encode(change.newPassword());
    int changed =
        db.sql(
                """
                update account
                   set name = :name, email = :email, role = :role, organisation_id = :organisation,
                       password_hash = coalesce(:hash, password_hash),
                       disabled_at = case when :stopped then coalesce(disabled_at, now()) end,
                       version = version + 1, changed_by = :by, changed_at = now()
                 where id = :id and version = :opened
                   and (:hash::text is not null
                        or (name, email, role, organisation_id, disabled_at is not null)
                           is distinct from
                           (:name::text, :email::text, :role::text, :organisation::bigint,
                            :stopped::boolean))
                """)
            .param("id", id)
            .param("opened", opened)
            .param("name", change.name())
            .param("email", change.email())
            .param("role", change.role().name())
            .param("organisation", change.organisationId())
            .param("hash", hash)
            .param("stopped", change.stopped())
            .param("by", changedBy)
            .update();
    if (changed == 0) {
      refuseUnlessAt(id, opened);
    } else if (hash != null) {
      failures.forgetAccount(id);
    }
  }

  /**
   * Makes the next version of an account for a change of what belongs to it (its assignments), in
   * the transaction of that change.
   *
   * @throws StaleAccountException when the account is at another version than {@code opened}
   */
  void touch(long id, Long opened, String changedBy) {
    int changed =
        db.sql(
                """
                update account set version = version + 1, changed_by = :by, changed_at = now()
                 where id = :id and version = :opened
                """)
            .param("id", id)
            .param("opened", opened)
            .param("by", changedBy)
            .update();
    if (changed == 0) {
      refuseUnlessAt(id, opened);
    }
  }

  /** Refuses a form opened on a version the account is no longer at. */
  private void refuseUnlessAt(long id, Long opened) {
    long now =
        db.sql("select version from account where id = :id")
            .param("id", id)
            .query(Long.class)
            .single();
    if (opened == null || opened < 1 || opened > now) {
      throw new StaleAccountException(id, AccountHistory.LaterChanges.UNKNOWN);
    }
    if (opened != now) {
      throw new StaleAccountException(id, history.since(id, opened));
    }
  }
}
