package beacon.account.web;

import beacon.account.Account;
import beacon.account.Accounts;
import beacon.account.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The accounts an administrator manages, and adding one. */
@Controller
class AccountsController {

  private final AccountScope scope;
  private final Accounts accounts;

  AccountsController(AccountScope scope, Accounts accounts) {
    this.scope = scope;
    this.accounts = accounts;
  }

  @GetMapping("/accounts")
  String list(Model model) {
    model.addAttribute("accounts", scope.accounts());
    model.addAttribute("ownOrganisation", scope.ownOrganisation());
    return "account/accounts";
  }

  @GetMapping("/accounts/new")
  String newForm(Model model) {
    return show(
        model,
        AccountForm.forNew(scope.everyOrganisation() ? null : scope.ownOrganisation().code()));
  }

  @PostMapping("/accounts/new")
  String add(
      @ModelAttribute("form") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    form.validateNew(errors, scope.rules(null));
    if (errors.hasErrors()) {
      return show(model, form);
    }
    Account added =
        accounts.add(
            form.username().strip(),
            form.name().strip(),
            form.emailOrNull(),
            form.chosenRole(),
            scope.organisationIdOf(form.organisation()),
            form.passwordOrNull(),
            SignedIn.name());
    redirect.addFlashAttribute("added", true);
    return "redirect:/accounts/" + added.id();
  }

  private String show(Model model, AccountForm form) {
    model.addAttribute("form", form);
    AccountModel.options(model, scope);
    return "account/new";
  }
}
