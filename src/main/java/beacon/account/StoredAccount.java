package beacon.account;

import java.time.Instant;

/**
 * An account as kept, with what signing in needs besides the account itself.
 *
 * @param passwordHash null for an account that signs in through single sign-on only
 */
record StoredAccount(
    Account account,
    String passwordHash,
    int failedSignIns,
    Instant lockedUntil,
    Instant disabledAt) {}
