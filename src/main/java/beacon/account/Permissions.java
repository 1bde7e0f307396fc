package beacon.account;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether an account may use a route of a given {@link Access} for an organisation and indicator.
 * An account belongs to one organisation (or, with none, to every organisation) and may act only
 * for its own, named in the route's path.
 */
@Component
public class Permissions {

  private final JdbcClient db;

  Permissions(JdbcClient db) {
    this.db = db;
  }

  /**
   * @param account empty for the public
   * @param organisationCode the organisation the route's path names; null when it names none, and
   *     then only {@link Access#PUBLIC}, {@link Access#SIGNED_IN} and an administrator's routes
   *     (the accounts pages) may be allowed
   * @param organisationId finds the id of the organisation with that code, as the caller keeps it
   *     (asked only when the answer depends on it); empty when Beacon holds none with that code
   * @param indicatorCode the indicator it acts on; null when it names none
   */
  public boolean allows(
      Optional<Account> account,
      Access access,
      String organisationCode,
      Supplier<Optional<Long>> organisationId,
      String indicatorCode) {
    if (access == Access.PUBLIC) {
      return true;
    }
    if (account.isEmpty()) {
      return false;
    }
    Account who = account.get();
    return switch (access) {
      case PUBLIC, SIGNED_IN -> true;
      case ORGANISATION_MEMBER -> actsFor(who, organisationCode, organisationId);
      // naming no organisation, an administrator's route is the accounts pages, which show only
      // the accounts of the administrator's own organisation (AccountScope)
      case ADMINISTRATOR ->
          who.role() == Role.ADMINISTRATOR
              && (organisationCode == null || actsFor(who, organisationCode, organisationId));
      case EVERY_ORGANISATION_ADMINISTRATOR ->
          who.role() == Role.ADMINISTRATOR && who.organisationId() == null;
      case PERFORMANCE_OFFICER ->
          who.role().includes(Role.PERFORMANCE_OFFICER)
              && actsFor(who, organisationCode, organisationId);
      case INDICATOR_FIGURES ->
          who.role().includes(Role.PERFORMANCE_OFFICER)
              ? actsFor(who, organisationCode, organisationId)
              : who.role() == Role.CONTRIBUTOR
                  && actsFor(who, organisationCode, organisationId)
                  && isAssigned(who, organisationId.get(), indicatorCode);
      case APPROVER ->
          who.role().includes(Role.PERFORMANCE_OFFICER)
              ? actsFor(who, organisationCode, organisationId)
              : who.role() == Role.CONTRIBUTOR
                  && actsFor(who, organisationCode, organisationId)
                  && isNamedApprover(who, organisationId.get(), indicatorCode);
    };
  }

  /** Whether the contributor enters the figures of this indicator. */
  private boolean isAssigned(Account account, Optional<Long> organisationId, String indicatorCode) {
    return isNamedIn("account_assignment", account, organisationId, indicatorCode);
  }

  /** Whether the account is named as an approver of this indicator or of its portfolio. */
  private boolean isNamedApprover(
      Account account, Optional<Long> organisationId, String indicatorCode) {
    return isNamedIn("approver", account, organisationId, indicatorCode);
  }

  /**
   * Whether the account is named for the indicator, itself or through its portfolio, in {@code
   * table} (account_assignment or approver, which have the same columns for this).
   */
  private boolean isNamedIn(
      String table, Account account, Optional<Long> organisationId, String indicatorCode) {
    if (organisationId.isEmpty() || indicatorCode == null) {
      return false;
    }
    return db.sql(
            """
            select exists (
              select 1 from %s n
                join indicator i on i.id = n.indicator_id or i.portfolio_id = n.portfolio_id
               where n.account_id = :account and i.organisation_id = :organisation
                 and i.code = :indicator)
            """
                .formatted(table))
        .param("account", account.id())
        .param("organisation", organisationId.get())
        .param("indicator", indicatorCode)
        .query(Boolean.class)
        .single();
  }

  /**
   * Whether the account acts for the organisation: it belongs to it, or to every organisation. An
   * organisation's data is reached only by a route naming the organisation in its path, so a route
   * naming none acts for no organisation.
   */
  private static boolean actsFor(
      Account account, String organisationCode, Supplier<Optional<Long>> organisationId) {
    if (organisationCode == null) {
      return false;
    }
    if (account.organisationId() == null) {
      return true;
    }
    return organisationId.get().map(account::belongsTo).orElse(false);
  }
}
