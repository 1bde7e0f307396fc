package beacon.rules.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** An ISO-8601 week, Monday to Sunday, written w/c 29 Jan 2018 (code {@code 2018-W05}). */
public record IsoWeek(int weekBasedYear, int week) implements Period {

  public IsoWeek {
    if (week < 1 || week > weeksIn(weekBasedYear)) {
      throw new PeriodFormatException(
          weekBasedYear + " has ISO weeks 1 to " + weeksIn(weekBasedYear) + ", not " + week);
    }
  }

  public static IsoWeek containing(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static int weeksIn(int weekBasedYear) {
    return (int)
        LocalDate.of(weekBasedYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  @Override
  public PeriodType type() {
    return PeriodType.ISO_WEEK;
  }

  @Override
  public String code() {
    return String.format("%d-W%02d", weekBasedYear, week);
  }

  @Override
  public String label() {
    LocalDate monday = start();
    return "w/c " + monday.getDayOfMonth() + " " + new Month(YearMonth.from(monday)).label();
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(weekBasedYear, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  @Override
  public LocalDate end() {
    return start().plusDays(6);
  }

  @Override
  public IsoWeek previous() {
    return containing(start().minusDays(7));
  }

  @Override
  public IsoWeek next() {
    return containing(start().plusDays(7));
  }

  /** The same week number a year earlier; week 53 gives week 52 where the earlier year has none. */
  @Override
  public IsoWeek yearEarlier() {
    int year = weekBasedYear - 1;
    return new IsoWeek(year, Math.min(week, weeksIn(year)));
  }

  @Override
  public String toString() {
    return code();
  }
}
