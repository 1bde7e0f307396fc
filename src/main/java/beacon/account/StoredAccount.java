package beacon.account;

import java.time.Instant;

/**
 * An account as kept, with what signing in needs besides the account itself.
 *
 * @param passwordHash null for an account that signs in through single sign-on only
 * @param disabledAt when its sign-ins were stopped; null when they are not
 */
record StoredAccount(Account account, String passwordHash, Instant disabledAt) {}
