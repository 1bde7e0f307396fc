package beacon.rules.period;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads periods from their codes ({@code 2022-23-Q4}, {@code AY2016-17}, {@code 2018-03}) and from
 * the labels councils write ("Q4 2022/23", "Quarter 4 22/23", "Q1 Jun 2017", "Mar 2018", "March
 * 2022", "03/2018", "2016/17", "22/23"), and a month as an Excel date cell gives it (2018-03-01).
 */
public final class Periods {

  private static final Pattern QUARTER_CODE = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");
  private static final Pattern YEAR_SPAN_CODE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern ACADEMIC_CODE = Pattern.compile("AY(\\d{4})-(\\d{2})");
  private static final Pattern CALENDAR_CODE = Pattern.compile("(\\d{4})");
  private static final Pattern WEEK_CODE = Pattern.compile("(\\d{4})-W(\\d{2})");

  /** Q4 or Quarter 4. */
  private static final String QUARTER = "(?:q|quarter\\s*)([1-4])";

  /** A year across two calendar years: 2022/23, 2022-23, 2022/2023, or short, 22/23. */
  private static final String SPAN = "(\\d{4}\\s*[/-]\\s*(?:\\d{4}|\\d{2})|\\d{2}/\\d{2})";

  private static final Pattern QUARTER_LABEL =
      Pattern.compile(QUARTER + "\\s+" + SPAN + "|" + SPAN + "\\s+" + QUARTER);
  private static final Pattern QUARTER_BY_MONTH =
      Pattern.compile(QUARTER + "\\s+([a-z]+)\\.?\\s+(\\d{4})");

  /** "22/23" alone, which is a year only when 23 follows 22: "03/18" may as well be a month. */
  private static final Pattern SHORT_YEAR_LABEL = Pattern.compile("(\\d{2})/(\\d{2})");

  private static final Pattern ACADEMIC_LABEL =
      Pattern.compile("(?:ay|academic\\s+year)\\s*" + SPAN + "|" + SPAN + "\\s+academic\\s+year");
  private static final Pattern FINANCIAL_LABEL =
      Pattern.compile(
          "(?:fy|financial\\s+year)\\s*" + SPAN + "|" + SPAN + "(?:\\s+financial\\s+year)?");

  /** "Mar 2018", and as Excel writes a month: "Mar-18", "Mar-2018". */
  private static final Pattern MONTH_LABEL =
      Pattern.compile("([a-z]+)\\.?\\s+(\\d{4})|([a-z]+)-(\\d{2}|\\d{4})");

  /** A month as a UK spreadsheet writes it in numbers: "03/2018", "3/2018". */
  private static final Pattern MONTH_NUMBER_LABEL = Pattern.compile("(\\d{1,2})/(\\d{4})");

  /** A day as Excel gives a date cell ("2018-03-01"), or as written in the UK ("01/03/2018"). */
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private static final Pattern WEEK_LABEL = Pattern.compile("week\\s+(\\d{1,2})\\s+(\\d{4})");
  private static final Pattern WEEK_COMMENCING_LABEL =
      Pattern.compile("(?:w/c|week\\s+commencing)\\s+(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})");

  private Periods() {}

  /** Reads a period code; throws {@link PeriodFormatException} saying what was expected. */
  public static Period fromCode(String code) {
    return tryCode(code == null ? "" : code.trim(), PeriodType.FINANCIAL_YEAR)
        .orElseThrow(
            () ->
                new PeriodFormatException(
                    "'"
                        + code
                        + "' is not a period code: use one such as 2022-23-Q4 (quarter), 2022-23 (financial"
                        + " year), AY2016-17 (academic year), 2021 (calendar year), 2018-03 (month) or"
                        + " 2018-W05 (week)"));
  }

  /**
   * Reads a period code stored with its last day, which tells a month such as 2011-12 (December
   * 2011) or 2003-04 (April 2003) from the financial year with the same code: the two may start on
   * the same day, but never end on the same day.
   */
  public static Period fromCodeEnding(String code, java.time.LocalDate end) {
    Period period = fromCode(code);
    return period.end().equals(end) ? period : parse(code, PeriodType.MONTH);
  }

  /**
   * Reads a code or a label. A label such as "2016/17" names a financial year unless {@code
   * yearKind} is {@link PeriodType#ACADEMIC_YEAR}.
   */
  public static Period parse(String text, PeriodType yearKind) {
    String trimmed = text == null ? "" : text.trim();
    Optional<Period> code = tryCode(trimmed, yearKind);
    if (code.isPresent()) {
      return code.get();
    }
    return tryLabel(trimmed.toLowerCase(Locale.UK).replaceAll("\\s+", " "), trimmed, yearKind)
        .orElseThrow(
            () ->
                new PeriodFormatException(
                    "'"
                        + text
                        + "' is not a period: write a code such as 2022-23-Q4 or a label such as"
                        + " \"Q4 2022/23\", \"Mar 2018\" or \"2016/17\""));
  }

  /** Reads a code or a label; "2016/17" names a financial year. */
  public static Period parse(String text) {
    return parse(text, PeriodType.FINANCIAL_YEAR);
  }

  /**
   * Codes such as 2011-12 could be a financial year or a month: they are read as the financial year
   * unless {@code kind} is {@link PeriodType#MONTH}.
   */
  private static Optional<Period> tryCode(String code, PeriodType kind) {
    Matcher m;
    if ((m = QUARTER_CODE.matcher(code)).matches()) {
      return Optional.of(
          new FinancialQuarter(
              YearSpan.startYear(m.group(1), m.group(2), code), Integer.parseInt(m.group(3))));
    }
    if ((m = ACADEMIC_CODE.matcher(code)).matches()) {
      return Optional.of(new AcademicYear(YearSpan.startYear(m.group(1), m.group(2), code)));
    }
    if ((m = WEEK_CODE.matcher(code)).matches()) {
      return Optional.of(new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    if ((m = YEAR_SPAN_CODE.matcher(code)).matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      boolean monthNumber = second >= 1 && second <= 12;
      if (second == (first + 1) % 100 && !(kind == PeriodType.MONTH && monthNumber)) {
        return Optional.of(new FinancialYear(first));
      }
      if (monthNumber) {
        return Optional.of(Month.of(first, second));
      }
      throw new PeriodFormatException(
          "'" + code + "' is neither a month (2018-03) nor a financial year (2022-23)");
    }
    if ((m = CALENDAR_CODE.matcher(code)).matches()) {
      return Optional.of(new CalendarYear(Integer.parseInt(m.group(1))));
    }
    return Optional.empty();
  }

  private static Optional<Period> tryLabel(String text, String original, PeriodType yearKind) {
    Matcher m;
    if ((m = QUARTER_LABEL.matcher(text)).matches()) {
      int quarter = Integer.parseInt(either(m, 1, 4));
      return Optional.of(new FinancialQuarter(spanStart(either(m, 2, 3), original), quarter));
    }
    if ((m = QUARTER_BY_MONTH.matcher(text)).matches()) {
      return Optional.of(
          quarterEndingIn(
              Integer.parseInt(m.group(1)), month(m.group(2), original), m.group(3), original));
    }
    if ((m = SHORT_YEAR_LABEL.matcher(text)).matches() && !follows(m.group(1), m.group(2))) {
      return Optional.empty();
    }
    if ((m = ACADEMIC_LABEL.matcher(text)).matches()) {
      return Optional.of(new AcademicYear(spanStart(either(m, 1, 2), original)));
    }
    if ((m = FINANCIAL_LABEL.matcher(text)).matches()) {
      int start = spanStart(either(m, 1, 2), original);
      boolean saidFinancial = text.startsWith("fy") || text.contains("financial");
      return Optional.of(
          yearKind == PeriodType.ACADEMIC_YEAR && !saidFinancial
              ? new AcademicYear(start)
              : new FinancialYear(start));
    }
    if ((m = WEEK_COMMENCING_LABEL.matcher(text)).matches()) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2), original));
      return Optional.of(IsoWeek.containing(month.atDay(Integer.parseInt(m.group(1)))));
    }
    if ((m = WEEK_LABEL.matcher(text)).matches()) {
      return Optional.of(new IsoWeek(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    }
    if ((m = MONTH_LABEL.matcher(text)).matches()) {
      return Optional.of(Month.of(fullYear(either(m, 2, 4)), month(either(m, 1, 3), original)));
    }
    if ((m = MONTH_NUMBER_LABEL.matcher(text)).matches()) {
      return Optional.of(new Month(yearMonth(m.group(2), m.group(1), original)));
    }
    if ((m = ISO_DATE.matcher(text)).matches()) {
      YearMonth month = yearMonth(m.group(1), m.group(2), original);
      return Optional.of(monthOfDay(month, Integer.parseInt(m.group(3)), original, yearKind));
    }
    if ((m = UK_DATE.matcher(text)).matches()) {
      YearMonth month = yearMonth(m.group(3), m.group(2), original);
      return Optional.of(monthOfDay(month, Integer.parseInt(m.group(1)), original, yearKind));
    }
    return Optional.empty();
  }

  /** The group of the alternative that matched: one of two groups naming the same thing. */
  private static String either(Matcher m, int group, int otherGroup) {
    return m.group(group) != null ? m.group(group) : m.group(otherGroup);
  }

  /** The year a span starts: 2022 for 2022/23, 2022-23, 2022/2023 and 22/23. */
  private static int spanStart(String span, String original) {
    String[] years = span.split("\\s*[/-]\\s*");
    return YearSpan.startYear(String.valueOf(fullYear(years[0])), years[1], original);
  }

  /** 2018 for 2018, and for 18 as Excel writes it in Mar-18. */
  private static int fullYear(String year) {
    return year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
  }

  /** Whether the second of two short years follows the first, as in 22/23 or 99/00. */
  private static boolean follows(String first, String second) {
    return Integer.parseInt(second) == (Integer.parseInt(first) + 1) % 100;
  }

  private static YearMonth yearMonth(String year, String month, String original) {
    int number = Integer.parseInt(month);
    if (number < 1 || number > 12) {
      throw new PeriodFormatException("'" + original + "': " + number + " is not a month");
    }
    return YearMonth.of(Integer.parseInt(year), number);
  }

  /**
   * The month a date cell stands for: Excel stores the month "Mar-18" as its first day, and some
   * files give the month's last day. Any other day is refused, saying which period to write.
   */
  private static Month monthOfDay(YearMonth month, int day, String original, PeriodType kind) {
    if (!month.isValidDay(day)) {
      throw new PeriodFormatException(
          "'" + original + "' is not a day of " + new Month(month).label());
    }
    if (day == 1 || day == month.lengthOfMonth()) {
      return new Month(month);
    }
    String instead =
        kind == PeriodType.ISO_WEEK
            ? "the week, " + IsoWeek.containing(month.atDay(day)).label()
            : "the month, " + new Month(month).label();
    throw new PeriodFormatException("'" + original + "' is a day, not a period: write " + instead);
  }

  private static FinancialQuarter quarterEndingIn(
      int quarter, int month, String year, String original) {
    FinancialQuarter named =
        FinancialQuarter.containing(YearMonth.of(Integer.parseInt(year), month).atDay(1));
    if (named.quarter() != quarter || named.end().getMonthValue() != month) {
      throw new PeriodFormatException(
          "'" + original + "': Q" + quarter + " of a financial year does not end in that month");
    }
    return named;
  }

  private static int month(String name, String original) {
    for (java.time.Month month : java.time.Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
      if (name.length() >= 3 && full.startsWith(name)) {
        return month.getValue();
      }
    }
    throw new PeriodFormatException("'" + original + "': '" + name + "' is not a month");
  }
}
