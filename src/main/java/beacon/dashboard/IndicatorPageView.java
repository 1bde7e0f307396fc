package beacon.dashboard;

import beacon.indicator.Indicator;
import beacon.national.NationalPanel;
import beacon.organisation.Organisation;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.scorecard.BenchmarkView;
import beacon.scorecard.CommentaryView;
import beacon.scorecard.RatedPoint;
import beacon.scorecard.ScorecardLine;
import beacon.trend.TrendChart;
import java.util.List;

/**
 * What the indicator page shows: the indicator, its rating for the reporting period (from the
 * scorecard line, or none when the indicator is not reported then), its whole series rated point by
 * point as the scorecard rates it, its targets, benchmarks, commentary and the history of its
 * corrections.
 *
 * @param line the indicator's scorecard line for the period, or null when it is not reported then
 * @param rows the whole series, as the scorecard rates it
 * @param chart the trend chart, or null when no value is a number
 * @param benchmarks the newest figure of each comparator, as the period's scorecard shows them
 * @param benchmarkHistory every benchmark recorded for the indicator
 * @param national the comparison with the national measure the indicator is linked to
 */
record IndicatorPageView(
    Organisation organisation,
    Indicator indicator,
    Period period,
    ScorecardLine line,
    List<RatedPoint> rows,
    TrendChart chart,
    List<TargetRow> targets,
    List<BenchmarkView> benchmarks,
    List<BenchmarkView> benchmarkHistory,
    NationalPanel national,
    CommentaryView commentary,
    List<IndicatorPageCorrections.Version> corrections) {

  /**
   * The period of the value the reporting period shows (the quarter itself, its last month, or the
   * year before it for data that runs a year behind): where the value form starts.
   */
  public String valuePeriodCode() {
    return LatestAvailable.periodFor(indicator.frequency(), period, indicator.lagMonths()).code();
  }

  /**
   * The period of the target the reporting period is rated against, or, with none, the financial
   * year of the reporting period (the academic year of its value, for an academic-year indicator):
   * where the target form starts.
   */
  public String targetPeriodCode() {
    if (line != null && line.target() != null) {
      return line.target().period().code();
    }
    if (indicator.frequency() == PeriodType.ACADEMIC_YEAR) {
      return valuePeriodCode();
    }
    return period.financialYear().code();
  }

  /**
   * A target as the targets table prints it.
   *
   * @param greenThreshold the line a value must reach to be Green, or null without polarity
   */
  record TargetRow(
      String periodCode,
      String periodLabel,
      String target,
      String tolerance,
      String floor,
      String greenThreshold) {}
}
