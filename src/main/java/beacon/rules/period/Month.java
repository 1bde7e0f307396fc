package beacon.rules.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A calendar month, written Mar 2018 (code {@code 2018-03}); a month-end snapshot is recorded
 * against it.
 */
public record Month(YearMonth yearMonth) implements Period {

  public static Month of(int year, int month) {
    return new Month(YearMonth.of(year, month));
  }

  @Override
  public PeriodType type() {
    return PeriodType.MONTH;
  }

  @Override
  public String code() {
    return yearMonth.toString();
  }

  @Override
  public String label() {
    return yearMonth.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3)
        + " "
        + yearMonth.getYear();
  }

  @Override
  public LocalDate start() {
    return yearMonth.atDay(1);
  }

  @Override
  public LocalDate end() {
    return yearMonth.atEndOfMonth();
  }

  @Override
  public Month previous() {
    return new Month(yearMonth.minusMonths(1));
  }

  @Override
  public Month next() {
    return new Month(yearMonth.plusMonths(1));
  }

  @Override
  public Month yearEarlier() {
    return new Month(yearMonth.minusYears(1));
  }

  @Override
  public String toString() {
    return code();
  }
}
