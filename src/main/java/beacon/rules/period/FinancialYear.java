package beacon.rules.period;

import java.time.LocalDate;
import java.time.Month;

/** A council's financial year, 1 April to 31 March, written 2022/23. */
public record FinancialYear(int startYear) implements Period {

  public static FinancialYear containing(LocalDate day) {
    return new FinancialYear(
        day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
  }

  @Override
  public PeriodType type() {
    return PeriodType.FINANCIAL_YEAR;
  }

  @Override
  public String code() {
    return YearSpan.code(startYear);
  }

  @Override
  public String label() {
    return YearSpan.label(startYear);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  @Override
  public FinancialYear previous() {
    return new FinancialYear(startYear - 1);
  }

  @Override
  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  @Override
  public FinancialYear yearEarlier() {
    return previous();
  }

  public FinancialQuarter quarter(int quarter) {
    return new FinancialQuarter(startYear, quarter);
  }

  @Override
  public String toString() {
    return code();
  }
}
