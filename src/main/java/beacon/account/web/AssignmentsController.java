package beacon.account.web;

import beacon.account.Assignments;
import beacon.account.ManagedAccount;
import beacon.account.SignedIn;
import beacon.account.StaleAccountException;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.indicator.Portfolio;
import beacon.indicator.Portfolios;
import beacon.web.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicators and portfolios a contributor enters figures for: assign one of the account's
 * organisation, by the indicator's code or the portfolio's name, or remove one. Each form carries
 * the account's version, and is refused when someone else changed the account after it was opened.
 */
@Controller
class AssignmentsController {

  private final AccountScope scope;
  private final Assignments assignments;
  private final Indicators indicators;
  private final Portfolios portfolios;
  private final AccountController accountPage;

  AssignmentsController(
      AccountScope scope,
      Assignments assignments,
      Indicators indicators,
      Portfolios portfolios,
      AccountController accountPage) {
    this.scope = scope;
    this.assignments = assignments;
    this.indicators = indicators;
    this.portfolios = portfolios;
    this.accountPage = accountPage;
  }

  @PostMapping("/accounts/{id}/assignments")
  String assign(
      @PathVariable long id,
      @RequestParam(name = "indicator", defaultValue = "") String indicatorCode,
      @RequestParam(name = "portfolio", defaultValue = "") String portfolioId,
      @RequestParam(name = "version", defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    ManagedAccount managed = contributor(id);
    try {
      return assign(
          managed, indicatorCode, portfolioId, AccountForm.versionOf(version), model, redirect);
    } catch (StaleAccountException e) {
      return accountPage.refused(id, model, e);
    }
  }

  private String assign(
      ManagedAccount managed,
      String indicatorCode,
      String portfolioId,
      Long opened,
      Model model,
      RedirectAttributes redirect) {
    long id = managed.account().id();
    long organisation = managed.account().organisationId();
    boolean byIndicator = !indicatorCode.isBlank();
    boolean byPortfolio = !portfolioId.isBlank();
    String error = null;
    if (byIndicator == byPortfolio) {
      error = "accounts.assignments.error.choose";
    } else if (byIndicator) {
      Optional<Indicator> indicator = indicators.withCode(organisation, indicatorCode.strip());
      if (indicator.isEmpty()) {
        error = "accounts.assignments.error.indicator";
      } else {
        assignments.assignIndicator(id, opened, indicator.get().id(), SignedIn.name());
      }
    } else {
      Optional<Portfolio> portfolio = portfolio(organisation, portfolioId);
      if (portfolio.isEmpty()) {
        error = "accounts.assignments.error.choose";
      } else {
        assignments.assignPortfolio(id, opened, portfolio.get().id(), SignedIn.name());
      }
    }
    if (error != null) {
      model.addAttribute("assignmentError", error);
      model.addAttribute("indicatorCode", indicatorCode);
      return accountPage.show(id, model);
    }
    redirect.addFlashAttribute("assigned", true);
    return "redirect:/accounts/" + id + "#assignments";
  }

  @PostMapping("/accounts/{id}/assignments/{assignment}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable long assignment,
      @RequestParam(name = "version", defaultValue = "") String version,
      Model model,
      RedirectAttributes redirect) {
    contributor(id);
    try {
      if (!assignments.remove(id, AccountForm.versionOf(version), assignment, SignedIn.name())) {
        throw new NotFoundException("The account has no assignment " + assignment + ".");
      }
    } catch (StaleAccountException e) {
      return accountPage.refused(id, model, e);
    }
    redirect.addFlashAttribute("removed", true);
    return "redirect:/accounts/" + id + "#assignments";
  }

  private ManagedAccount contributor(long id) {
    ManagedAccount managed = scope.account(id);
    if (!AssignmentsView.applies(managed)) {
      throw new NotFoundException("Only a contributor of one organisation has assignments.");
    }
    return managed;
  }

  private Optional<Portfolio> portfolio(long organisation, String id) {
    try {
      return portfolios.withId(organisation, Long.parseLong(id.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
