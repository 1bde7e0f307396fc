package beacon.account;

/**
 * A change to an account as its administrator saves it from the account's form: who it is, what it
 * may do, and how it signs in.
 *
 * @param organisationId null for every organisation
 * @param newPassword null to keep the password it has
 * @param stopped whether its sign-ins, and its API tokens, are stopped
 */
public record AccountChange(
    String name,
    String email,
    Role role,
    Long organisationId,
    String newPassword,
    boolean stopped) {}
