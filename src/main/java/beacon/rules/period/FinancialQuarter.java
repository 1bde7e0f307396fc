package beacon.rules.period;

import java.time.LocalDate;

/**
 * A quarter of the financial year: Q1 April-June, Q2 July-September, Q3 October-December, Q4
 * January-March.
 */
public record FinancialQuarter(int startYear, int quarter) implements Period {

  public FinancialQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new PeriodFormatException("A financial year has quarters 1 to 4, not " + quarter);
    }
  }

  public static FinancialQuarter containing(LocalDate day) {
    FinancialYear year = FinancialYear.containing(day);
    int monthsIn = (day.getMonthValue() + 8) % 12; // April is 0
    return new FinancialQuarter(year.startYear(), monthsIn / 3 + 1);
  }

  @Override
  public PeriodType type() {
    return PeriodType.FINANCIAL_QUARTER;
  }

  @Override
  public String code() {
    return YearSpan.code(startYear) + "-Q" + quarter;
  }

  @Override
  public String label() {
    return "Q" + quarter + " " + YearSpan.label(startYear);
  }

  /** The year first, in two-digit years, as councils' analyses write it: "17/18 Q1". */
  public String yearFirstLabel() {
    return YearSpan.label(startYear).substring(2) + " Q" + quarter;
  }

  @Override
  public LocalDate start() {
    return new FinancialYear(startYear).start().plusMonths(3L * (quarter - 1));
  }

  @Override
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  @Override
  public FinancialQuarter previous() {
    return quarter == 1
        ? new FinancialQuarter(startYear - 1, 4)
        : new FinancialQuarter(startYear, quarter - 1);
  }

  @Override
  public FinancialQuarter next() {
    return quarter == 4
        ? new FinancialQuarter(startYear + 1, 1)
        : new FinancialQuarter(startYear, quarter + 1);
  }

  @Override
  public FinancialQuarter yearEarlier() {
    return new FinancialQuarter(startYear - 1, quarter);
  }

  @Override
  public FinancialYear financialYear() {
    return new FinancialYear(startYear);
  }

  @Override
  public String toString() {
    return code();
  }
}
