package beacon.dashboard;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.web.NotFoundException;
import beacon.web.PeriodView;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reporting period a page shows: the one asked for, which must be one of the organisation's
 * reporting quarters, or the latest; and the one before it, to compare with.
 */
record ReportingPeriodChoice(
    FinancialQuarter chosen, Optional<FinancialQuarter> previous, List<PeriodView> all) {

  /**
   * @param periods the organisation's reporting quarters, newest first, at least one
   * @throws NotFoundException when it is not one of the organisation's reporting quarters
   */
  static ReportingPeriodChoice of(
      Period asked, List<FinancialQuarter> periods, Supplier<String> orgName) {
    FinancialQuarter chosen = periods.get(0);
    if (asked != null) {
      if (!(asked instanceof FinancialQuarter quarter) || !periods.contains(quarter)) {
        throw new NotFoundException(
            orgName.get() + " has no report for " + asked.label() + " (" + asked.code() + ")");
      }
      chosen = quarter;
    }
    int at = periods.indexOf(chosen);
    Optional<FinancialQuarter> previous =
        at + 1 < periods.size() ? Optional.of(periods.get(at + 1)) : Optional.empty();
    return new ReportingPeriodChoice(
        chosen, previous, periods.stream().map(PeriodView::of).toList());
  }

  PeriodView view() {
    return PeriodView.of(chosen);
  }
}
