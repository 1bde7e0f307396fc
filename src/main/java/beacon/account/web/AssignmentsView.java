package beacon.account.web;

import beacon.account.Assignments;
import beacon.account.ManagedAccount;
import beacon.account.Role;
import beacon.indicator.Portfolios;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A contributor's assignments on their account's page, and the portfolios that may be added. */
@Component
class AssignmentsView {

  private final Assignments assignments;
  private final Portfolios portfolios;

  AssignmentsView(Assignments assignments, Portfolios portfolios) {
    this.assignments = assignments;
    this.portfolios = portfolios;
  }

  /** Whether the account has assignments: a contributor of one organisation. */
  static boolean applies(ManagedAccount managed) {
    return managed.account().role() == Role.CONTRIBUTOR
        && managed.account().organisationId() != null;
  }

  void addTo(Model model, ManagedAccount managed) {
    boolean applies = applies(managed);
    model.addAttribute("assignable", applies);
    model.addAttribute("assignments", applies ? assignments.of(managed.account().id()) : List.of());
    model.addAttribute(
        "portfolios", applies ? portfolios.of(managed.account().organisationId()) : List.of());
  }
}
