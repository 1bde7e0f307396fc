package beacon.account.web;

import beacon.account.Account;
import beacon.account.Accounts;
import beacon.account.ManagedAccount;
import beacon.account.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account: change its name, email, role and organisation, set a new password (which lifts a
 * lock-out), stop or allow its sign-ins. Administrators cannot stop their own account nor take away
 * their own administrator role.
 */
@Controller
class AccountController {

  private final AccountScope scope;
  private final Accounts accounts;
  private final AssignmentsView assignments;

  AccountController(AccountScope scope, Accounts accounts, AssignmentsView assignments) {
    this.scope = scope;
    this.accounts = accounts;
    this.assignments = assignments;
  }

  @GetMapping("/accounts/{id}")
  String show(@PathVariable long id, Model model) {
    ManagedAccount managed = scope.account(id);
    Account account = managed.account();
    AccountForm form = new AccountForm();
    form.setName(account.name());
    form.setEmail(managed.email());
    form.setRole(account.role().name());
    form.setOrganisation(AccountScope.choiceOf(account, scope.organisations()));
    form.setSignIn(managed.isStopped() ? AccountForm.STOPPED : AccountForm.ALLOWED);
    return show(model, managed, form);
  }

  @PostMapping("/accounts/{id}")
  String change(
      @PathVariable long id,
      @ModelAttribute("form") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ManagedAccount managed = scope.account(id);
    form.validateChange(errors, scope.rules(id), isOwn(managed));
    if (errors.hasErrors()) {
      return show(model, managed, form);
    }
    accounts.change(
        id,
        form.getName().strip(),
        form.emailOrNull(),
        form.role(),
        scope.organisationIdOf(form.getOrganisation()));
    if (form.passwordOrNull() != null) {
      accounts.setPassword(id, form.passwordOrNull());
    }
    if (form.isStopped() != managed.isStopped()) {
      accounts.setDisabled(id, form.isStopped());
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/accounts/" + id;
  }

  private String show(Model model, ManagedAccount managed, AccountForm form) {
    model.addAttribute("form", form);
    model.addAttribute("managed", managed);
    model.addAttribute("own", isOwn(managed));
    AccountModel.options(model, scope);
    assignments.addTo(model, managed);
    return "account/account";
  }

  private static boolean isOwn(ManagedAccount managed) {
    return SignedIn.account().map(Account::id).orElse(-1L) == managed.account().id();
  }
}
