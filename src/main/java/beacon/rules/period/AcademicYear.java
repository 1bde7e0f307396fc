package beacon.rules.period;

import java.time.LocalDate;

/** A school year, 1 September to 31 August, written 2016/17 (code {@code AY2016-17}). */
public record AcademicYear(int startYear) implements Period {

  public static AcademicYear containing(LocalDate day) {
    return new AcademicYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
  }

  @Override
  public PeriodType type() {
    return PeriodType.ACADEMIC_YEAR;
  }

  @Override
  public String code() {
    return "AY" + YearSpan.code(startYear);
  }

  @Override
  public String label() {
    return YearSpan.label(startYear);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, 9, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(startYear + 1, 8, 31);
  }

  @Override
  public AcademicYear previous() {
    return new AcademicYear(startYear - 1);
  }

  @Override
  public AcademicYear next() {
    return new AcademicYear(startYear + 1);
  }

  @Override
  public AcademicYear yearEarlier() {
    return previous();
  }

  @Override
  public String toString() {
    return code();
  }
}
