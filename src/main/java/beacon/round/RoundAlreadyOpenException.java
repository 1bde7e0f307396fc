package beacon.round;

import beacon.rules.period.FinancialQuarter;

/** A round was asked to open for a reporting period that already has one. */
public class RoundAlreadyOpenException extends RuntimeException {

  private final transient FinancialQuarter reportingPeriod;

  public RoundAlreadyOpenException(FinancialQuarter reportingPeriod) {
    super("A collection round is already open for " + reportingPeriod.label());
    this.reportingPeriod = reportingPeriod;
  }

  public FinancialQuarter reportingPeriod() {
    return reportingPeriod;
  }
}
