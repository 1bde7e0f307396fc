package beacon.account.web;

import beacon.account.Role;
import org.springframework.ui.Model;

/** What the account forms show besides the form: the roles and organisations to choose from. */
final class AccountModel {

  private AccountModel() {}

  static void options(Model model, AccountScope scope) {
    model.addAttribute("roles", scope.roles().stream().map(Role::name).toList());
    model.addAttribute("organisations", scope.organisations());
    model.addAttribute("everyOrganisation", scope.everyOrganisation());
    model.addAttribute("ownOrganisation", scope.ownOrganisation());
    model.addAttribute("signOn", scope.signOnConfigured());
  }
}
