package beacon.rules.account;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated failed sign-ins lock an account: after {@link #ATTEMPTS} failures in a row the
 * account cannot sign in for {@link #LOCKED_FOR}, whatever password is tried; a successful sign-in
 * starts the count again.
 */
public final class LockOut {

  public static final int ATTEMPTS = 5;
  public static final Duration LOCKED_FOR = Duration.ofMinutes(15);

  private LockOut() {}

  /**
   * Until when an account is locked after one more failure.
   *
   * @param failuresBefore the failures in a row before this one
   * @return null when the account is not locked by it
   */
  public static Instant lockedUntilAfterFailure(int failuresBefore, Instant now) {
    return failuresBefore + 1 >= ATTEMPTS ? now.plus(LOCKED_FOR) : null;
  }

  /** Whether an account locked until {@code lockedUntil} (null: never locked) is locked now. */
  public static boolean isLocked(Instant lockedUntil, Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
