package beacon.account.web;

import beacon.account.Account;
import beacon.account.Accounts;
import beacon.account.ManagedAccount;
import beacon.account.Role;
import beacon.account.SignedIn;
import beacon.organisation.Organisation;
import beacon.organisation.Organisations;
import beacon.web.NotFoundException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The accounts the signed-in administrator manages: an administrator of every organisation manages
 * every account; an administrator of one organisation only that organisation's accounts, and cannot
 * add or make an account of every organisation.
 */
@Component
class AccountScope {

  /** The organisation choice that means every organisation. */
  static final String EVERY_ORGANISATION = "every";

  private final Accounts accounts;
  private final Organisations organisations;

  private final ObjectProvider<ClientRegistrationRepository> signOn;

  AccountScope(
      Accounts accounts,
      Organisations organisations,
      ObjectProvider<ClientRegistrationRepository> signOn) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.signOn = signOn;
  }

  Account administrator() {
    return SignedIn.account().orElseThrow();
  }

  /** Whether the administrator manages the accounts of every organisation. */
  boolean everyOrganisation() {
    return administrator().organisationId() == null;
  }

  List<ManagedAccount> accounts() {
    return accounts.managedBy(administrator().organisationId());
  }

  /** An account the administrator manages; one outside their organisation is "not found". */
  ManagedAccount account(long id) {
    Long own = administrator().organisationId();
    return accounts
        .managed(id)
        .filter(a -> own == null || Objects.equals(own, a.account().organisationId()))
        .orElseThrow(() -> new NotFoundException("There is no account " + id + "."));
  }

  /** The roles the administrator may give: their own and those below it. */
  List<Role> roles() {
    Role own = administrator().role();
    return Arrays.stream(Role.values())
        .filter(own::includes)
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  /** The organisations an account may be given. */
  List<Organisation> organisations() {
    Long own = administrator().organisationId();
    return organisations.all().stream().filter(o -> own == null || o.id() == own).toList();
  }

  /** The administrator's own organisation; null for every organisation. */
  Organisation ownOrganisation() {
    Long own = administrator().organisationId();
    return own == null ? null : organisations().stream().findFirst().orElse(null);
  }

  /**
   * The id of the organisation chosen in a form, by its code or {@link #EVERY_ORGANISATION} (null);
   * an administrator of one organisation always gives their own.
   */
  Long organisationIdOf(String choice) {
    Long own = administrator().organisationId();
    if (own != null || EVERY_ORGANISATION.equals(choice)) {
      return own;
    }
    return organisations().stream()
        .filter(o -> o.code().equals(choice))
        .map(Organisation::id)
        .findFirst()
        .orElseThrow();
  }

  /** The rules a form is checked by; {@code except} is the account being changed, if any. */
  AccountForm.Rules rules(Long except) {
    return new AccountForm.Rules() {
      @Override
      public List<Role> roles() {
        return AccountScope.this.roles();
      }

      @Override
      public boolean organisationAllowed(String choice) {
        return !everyOrganisation()
            || EVERY_ORGANISATION.equals(choice)
            || organisations().stream().anyMatch(o -> o.code().equals(choice));
      }

      @Override
      public boolean usernameTaken(String username) {
        return accounts.usernameTaken(username, except);
      }

      @Override
      public boolean emailTaken(String email) {
        return accounts.emailTaken(email, except);
      }

      @Override
      public boolean passwordRequired() {
        return !signOnConfigured();
      }
    };
  }

  /** Whether people may sign in through single sign-on, so that a password is optional. */
  boolean signOnConfigured() {
    return signOn.getIfAvailable() != null;
  }

  /** The form's choice for an account's organisation. */
  static String choiceOf(Account account, List<Organisation> organisations) {
    if (account.organisationId() == null) {
      return EVERY_ORGANISATION;
    }
    return organisations.stream()
        .filter(o -> o.id() == account.organisationId())
        .map(Organisation::code)
        .findFirst()
        .orElse("");
  }
}
