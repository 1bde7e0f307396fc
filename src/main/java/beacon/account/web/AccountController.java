package beacon.account.web;

import beacon.account.Account;
import beacon.account.AccountChange;
import beacon.account.AccountChanges;
import beacon.account.ManagedAccount;
import beacon.account.SignedIn;
import beacon.account.StaleAccountException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account: change its name, email, role and organisation, set a new password (which lifts a
 * lock-out), stop or allow its sign-ins, all saved together or not at all. The form carries the
 * account's version: one opened before someone else changed the account is refused, saying who
 * changed what. Administrators cannot stop their own account nor take away their own administrator
 * role; one who gives themselves a new password or organisation is signed out, as every session of
 * the account is.
 */
@Controller
class AccountController {

  private final AccountScope scope;
  private final AccountChanges changes;
  private final AssignmentsView assignments;
  private final StaleAccountRefusal stale;
  private final OwnSession ownSession;

  AccountController(
      AccountScope scope,
      AccountChanges changes,
      AssignmentsView assignments,
      StaleAccountRefusal stale,
      OwnSession ownSession) {
    this.scope = scope;
    this.changes = changes;
    this.assignments = assignments;
    this.stale = stale;
    this.ownSession = ownSession;
  }

  @GetMapping("/accounts/{id}")
  String show(@PathVariable long id, Model model) {
    ManagedAccount managed = scope.account(id);
    return show(model, managed, formOf(managed));
  }

  @PostMapping("/accounts/{id}")
  String change(
      @PathVariable long id,
      @ModelAttribute("form") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    ManagedAccount managed = scope.account(id);
    boolean own = isOwn(managed);
    form.validateChange(errors, scope.rules(id), own);
    if (errors.hasErrors()) {
      return show(model, managed, form);
    }
    try {
      changes.change(
          id,
          form.openedVersion(),
          new AccountChange(
              form.name().strip(),
              form.emailOrNull(),
              form.chosenRole(),
              scope.organisationIdOf(form.organisation()),
              form.passwordOrNull(),
              form.isStopped()),
          SignedIn.name());
    } catch (StaleAccountException e) {
      return refused(id, model, e);
    }
    if (own && ownSession.ended(request)) {
      ownSession.leave(request);
      return "redirect:/sign-in?account-changed";
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/accounts/" + id;
  }

  /**
   * Shows the account as it is now, refusing a form opened before someone else changed it: who
   * changed what, and that nothing was saved.
   */
  String refused(long id, Model model, StaleAccountException e) {
    ManagedAccount now = scope.account(id);
    AccountForm form = formOf(now);
    BindingResult errors = new BeanPropertyBindingResult(form, "form");
    stale.reject(errors, e.changes());
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    return show(model, now, form);
  }

  private AccountForm formOf(ManagedAccount managed) {
    return AccountForm.changing(
        managed, AccountScope.choiceOf(managed.account(), scope.organisations()));
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
