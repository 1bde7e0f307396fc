package beacon.rules.period;

import java.time.LocalDate;

/** January to December, written 2021. */
public record CalendarYear(int year) implements Period {

  @Override
  public PeriodType type() {
    return PeriodType.CALENDAR_YEAR;
  }

  @Override
  public String code() {
    return Integer.toString(year);
  }

  @Override
  public String label() {
    return code();
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, 1, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(year, 12, 31);
  }

  @Override
  public CalendarYear previous() {
    return new CalendarYear(year - 1);
  }

  @Override
  public CalendarYear next() {
    return new CalendarYear(year + 1);
  }

  @Override
  public CalendarYear yearEarlier() {
    return previous();
  }

  @Override
  public String toString() {
    return code();
  }
}
