package beacon.account;

import beacon.rules.account.LockOut;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An account as its administrator sees it: who it is, how it signs in and whether it may.
 *
 * @param organisationName null for an account of every organisation
 * @param signsInWithPassword whether it has a password (else it signs in through single sign-on)
 * @param linkedToSignOn whether a single sign-on identity has been linked to it
 * @param lockedUntil until when failed sign-ins from somewhere have locked it out from there; null
 *     when they have not
 * @param version the version of the account, which every form changing it carries
 * @param changedBy who made this version: who last changed the account, or who added it
 * @param changedAt when
 */
public record ManagedAccount(
    Account account,
    String email,
    String organisationName,
    boolean signsInWithPassword,
    boolean linkedToSignOn,
    Instant lockedUntil,
    Instant disabledAt,
    long version,
    String changedBy,
    Instant changedAt) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  /** Whether its sign-ins, and its API tokens, have been stopped. */
  public boolean isStopped() {
    return disabledAt != null;
  }

  /** Whether failed sign-ins have locked it out now, from where they came. */
  public boolean isLocked() {
    return LockOut.isLocked(lockedUntil, Instant.now());
  }

  /** Until when it is locked, "14:05 on 24 November 2026"; null when it is not. */
  public String lockedUntilText() {
    return isLocked() ? WHEN.format(lockedUntil) : null;
  }
}
