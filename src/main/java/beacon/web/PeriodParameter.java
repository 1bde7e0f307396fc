package beacon.web;

import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.converter.Converter;

/**
 * The one reading of a period in an address, a path or query parameter: its code, such as
 * 2022-23-Q4, with spaces around it ignored; an empty one is no period. A code that is not a period
 * is answered 404, saying which codes are.
 */
public final class PeriodParameter implements Converter<String, Period> {

  @Override
  public Period convert(String code) {
    return of(code);
  }

  /** The period a parameter's text names; null for none. */
  public static Period of(String code) {
    return code == null || code.isBlank() ? null : Periods.fromCode(code.strip());
  }

  /**
   * The period code that could not be read behind a parameter's mismatch, if that is what it was.
   */
  static PeriodFormatException unreadPeriod(TypeMismatchException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof PeriodFormatException unread) {
        return unread;
      }
    }
    return null;
  }
}
