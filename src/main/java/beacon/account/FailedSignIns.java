package beacon.account;

import beacon.rules.account.LockOut;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The failed sign-ins of each username from each place, as {@link LockOut} counts them. A sign-in
 * is counted as failed before its password is compared, in the same statement that says whether it
 * may be compared at all, so that sign-ins sent at the same moment are all counted and no more than
 * {@link LockOut#ATTEMPTS} of them are compared; a sign-in that succeeds takes its count away.
 */
@Repository
class FailedSignIns {

  private final JdbcClient db;

  FailedSignIns(JdbcClient db) {
    this.db = db;
  }

  /**
   * Counts a sign-in with this username from this place, and says whether its password may be
   * compared: not while failures from there have locked it out.
   */
  boolean mayCompare(String username, String place) {
    db.sql(
            """
            delete from failed_sign_in
             where last_failed_at < now() - make_interval(secs => :seconds)
               and (locked_until is null or locked_until <= now())
            """)
        .param("seconds", LockOut.LOCKED_FOR.toSeconds())
        .update();
    return db.sql(
            """
            insert into failed_sign_in as f (username, client, failures, last_failed_at, locked_until)
            values (left(lower(:username), 200), :place, 1, now(),
                    case when 1 >= :attempts then now() + make_interval(secs => :seconds) end)
            on conflict (username, client) do update
               set failures = excluded.failures
                     + case when f.last_failed_at < now() - make_interval(secs => :seconds)
                            then 0 else f.failures end,
                   last_failed_at = now(),
                   locked_until =
                     case when excluded.failures
                               + case when f.last_failed_at < now() - make_interval(secs => :seconds)
                                      then 0 else f.failures end >= :attempts
                          then now() + make_interval(secs => :seconds) end
             where f.locked_until is null or f.locked_until <= now()
            returning f.failures
            """)
        .param("username", username)
        .param("place", place)
        .param("attempts", LockOut.ATTEMPTS)
        .param("seconds", LockOut.LOCKED_FOR.toSeconds())
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /** A sign-in from this place succeeded: the count starts again. */
  void succeeded(String username, String place) {
    db.sql(
            "delete from failed_sign_in where username = left(lower(:username), 200) and client = :place")
        .param("username", username)
        .param("place", place)
        .update();
  }

  /** The account has a new password: every lock-out of it is lifted, from everywhere. */
  void forgetAccount(long accountId) {
    db.sql(
            """
            delete from failed_sign_in
             where username = (select lower(username) from account where id = :id)
            """)
        .param("id", accountId)
        .update();
  }
}
