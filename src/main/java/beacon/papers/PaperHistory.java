package beacon.papers;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Unit;
import beacon.scorecard.RatedPoint;
import beacon.scorecard.ScorecardLine;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The earlier values a paper prints beside the current one: a scorecard's five quarter columns (the
 * quarter a year before the reporting quarter, then each quarter up to it, as "Mar 2017", "Q1 Jun
 * 2017" ... "Q4 Mar 2018"), and an indicator block's trend (up to twelve quarters, or five years
 * for an indicator reported yearly).
 */
public final class PaperHistory {

  static final int COLUMNS = 5;
  static final int TREND_QUARTERS = ScorecardLine.QUARTERS_OF_HISTORY;
  static final int TREND_YEARS = ScorecardLine.YEARS_OF_HISTORY;

  /** A month as a monthly indicator's trend names it: "March 2023". */
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private PaperHistory() {}

  /** An indicator's earlier values as the layouts print them. */
  public record Line(List<RecentValue> columns, List<RecentValue> trend) {

    /** For an indicator with no values at all: empty columns, no trend. */
    static Line none(Period reportingPeriod) {
      return new Line(
          columnHeadings(reportingPeriod).stream().map(RecentValue::none).toList(), List.of());
    }
  }

  /** An indicator's earlier values, from its rated series, oldest first. */
  static Line of(List<RatedPoint> rows, PeriodType frequency, Period reportingPeriod, Unit unit) {
    return new Line(
        columns(rows, reportingPeriod, unit), trend(rows, frequency, reportingPeriod, unit));
  }

  /** The five quarters of a scorecard's columns, oldest first, ending with the reporting one. */
  static List<FinancialQuarter> columnQuarters(Period reportingPeriod) {
    return quartersEnding(FinancialQuarter.containing(reportingPeriod.end()), COLUMNS);
  }

  /**
   * The headings of the columns: a quarter of the reporting year is written with its number and
   * last month ("Q1 Jun 2017"); an earlier one by its last month only ("Mar 2017").
   */
  public static List<String> columnHeadings(Period reportingPeriod) {
    int reportingYear = FinancialQuarter.containing(reportingPeriod.end()).startYear();
    return columnQuarters(reportingPeriod).stream()
        .map(
            quarter -> {
              String month =
                  quarter
                          .end()
                          .getMonth()
                          .getDisplayName(TextStyle.SHORT, Locale.UK)
                          .substring(0, 3)
                      + " "
                      + quarter.end().getYear();
              return quarter.startYear() == reportingYear
                  ? "Q" + quarter.quarter() + " " + month
                  : month;
            })
        .toList();
  }

  /**
   * The value in each column: the latest value whose period ends within the column's quarter (a
   * month's figure at the quarter's end, the quarter's own figure, a year's figure in its last
   * quarter), or none.
   *
   * @param rows the indicator's series, rated, oldest first
   */
  static List<RecentValue> columns(List<RatedPoint> rows, Period reportingPeriod, Unit unit) {
    List<String> headings = columnHeadings(reportingPeriod);
    List<FinancialQuarter> quarters = columnQuarters(reportingPeriod);
    List<RecentValue> columns = new ArrayList<>();
    for (int i = 0; i < quarters.size(); i++) {
      columns.add(inQuarter(rows, quarters.get(i), headings.get(i), unit));
    }
    return List.copyOf(columns);
  }

  /**
   * The values of an indicator block's trend, oldest first: for an indicator reported yearly, its
   * last five yearly values up to the reporting period; otherwise its value in each of the last
   * twelve quarters that have one ("Q4 2022/23"); for an indicator reported monthly, labelled by
   * the month of the value ("March 2023").
   */
  static List<RecentValue> trend(
      List<RatedPoint> rows, PeriodType frequency, Period reportingPeriod, Unit unit) {
    if (frequency.isYear()) {
      List<RecentValue> years =
          rows.stream()
              .filter(row -> !row.period().end().isAfter(reportingPeriod.end()))
              .map(row -> recent(row, row.period().label(), unit))
              .toList();
      return List.copyOf(years.subList(Math.max(0, years.size() - TREND_YEARS), years.size()));
    }
    List<RecentValue> trend = new ArrayList<>();
    for (FinancialQuarter quarter :
        quartersEnding(FinancialQuarter.containing(reportingPeriod.end()), TREND_QUARTERS)) {
      RecentValue value =
          frequency == PeriodType.MONTH
              ? inQuarter(rows, quarter, unit)
              : inQuarter(rows, quarter, quarter.label(), unit);
      if (!value.value().isEmpty()) {
        trend.add(value);
      }
    }
    return List.copyOf(trend);
  }

  /** The latest value in the quarter, labelled by its own month, or none. */
  private static RecentValue inQuarter(List<RatedPoint> rows, FinancialQuarter quarter, Unit unit) {
    RecentValue none = RecentValue.none(quarter.label());
    RecentValue found = none;
    for (RatedPoint row : rows) {
      if (quarter.contains(row.period().end())) {
        found = recent(row, MONTH.format(row.period().end()), unit);
      }
    }
    return found;
  }

  private static RecentValue inQuarter(
      List<RatedPoint> rows, FinancialQuarter quarter, String label, Unit unit) {
    RatedPoint found = null;
    for (RatedPoint row : rows) {
      if (quarter.contains(row.period().end())) {
        found = row;
      }
    }
    return found == null ? RecentValue.none(label) : recent(found, label, unit);
  }

  private static RecentValue recent(RatedPoint row, String label, Unit unit) {
    return new RecentValue(
        label,
        row.number(),
        row.display(),
        row.targetValue(),
        row.targetValue() == null ? "" : unit.format(row.targetValue()),
        row.rag());
  }

  private static List<FinancialQuarter> quartersEnding(FinancialQuarter last, int count) {
    List<FinancialQuarter> quarters = new ArrayList<>();
    FinancialQuarter quarter = last;
    for (int i = 0; i < count; i++) {
      quarters.add(0, quarter);
      quarter = quarter.previous();
    }
    return List.copyOf(quarters);
  }
}
