package beacon.scorecard;

import beacon.indicator.Indicator;
import beacon.indicator.IndicatorStatus;
import beacon.rating.RatingJudgement;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Marker;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RagScheme;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.SchemeUse;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.targets.Aim;
import beacon.targets.IndicatorTarget;
import beacon.value.IndicatorValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a test of a line's history is made of, as plain records: {@code line(quarterly(0),
 * values(Q1, "70", "85"), yearlyTargets("80"), twoStateFrom(APRIL_2020), judged(Q1, AMBER), Q4)}.
 */
final class RatedSeriesFixture {

  static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);

  private RatedSeriesFixture() {}

  /** The line of a reporting period built from the values, as the scorecard builds it. */
  static ScorecardLine line(
      Indicator indicator,
      List<IndicatorValue> values,
      List<IndicatorTarget> targets,
      List<SchemeUse> schemes,
      Map<String, RatingJudgement> judgements,
      Period reporting) {
    return ScorecardLines.line(
        new ScorecardLines.Facts(
            indicator,
            values,
            targets,
            day -> SchemeUse.inForce(schemes, indicator.code(), day),
            judgements,
            List.of(),
            null),
        reporting,
        LatestAvailable.cutOff(reporting, indicator.lagMonths()).minusMonths(25));
  }

  static Indicator quarterly(int lagMonths) {
    return indicator(PeriodType.FINANCIAL_QUARTER, lagMonths);
  }

  static Indicator monthly(int lagMonths) {
    return indicator(PeriodType.MONTH, lagMonths);
  }

  static Indicator yearly(int lagMonths) {
    return indicator(PeriodType.FINANCIAL_YEAR, lagMonths);
  }

  static Indicator indicator(PeriodType frequency, int lagMonths) {
    return new Indicator(
        1,
        1,
        "PI-1",
        "Indicator PI-1",
        null,
        Polarity.HIGH,
        Unit.PERCENT,
        0,
        frequency,
        null,
        lagMonths,
        null,
        null,
        IndicatorStatus.ACTIVE,
        "Children's Social Care",
        null,
        "Safe children",
        "Assessment",
        1,
        "2019-20",
        null,
        1,
        null);
  }

  /** Quarter by quarter from the first. */
  static List<IndicatorValue> values(FinancialQuarter first, String... numbers) {
    List<IndicatorValue> values = new ArrayList<>();
    FinancialQuarter quarter = first;
    for (String number : numbers) {
      values.add(value(quarter, number));
      quarter = quarter.next();
    }
    return values;
  }

  static IndicatorValue value(Period period, String number) {
    return value(period, Figure.of(number));
  }

  static IndicatorValue marked(Period period) {
    return value(period, Figure.marked(Marker.NOT_AVAILABLE));
  }

  static IndicatorValue value(Period period, Figure figure) {
    return new IndicatorValue(
        period.end().toEpochDay(),
        1,
        period,
        figure,
        null,
        null,
        false,
        null,
        null,
        Instant.EPOCH,
        "test",
        null);
  }

  static List<IndicatorTarget> yearlyTargets(String target) {
    List<IndicatorTarget> targets = new ArrayList<>();
    for (int year = 2019; year <= 2027; year++) {
      targets.add(target(new FinancialYear(year), target));
    }
    return targets;
  }

  static IndicatorTarget target(FinancialYear year, String target) {
    Target aim = Target.of(target);
    return new IndicatorTarget(
        year.startYear(), 1, year, aim, Aim.of(aim), null, Instant.EPOCH, "test", null);
  }

  static List<SchemeUse> twoStateFrom(LocalDate day) {
    return List.of(new SchemeUse(null, day, "Two states", RagScheme.twoState()));
  }

  static Map<String, RatingJudgement> judged(FinancialQuarter quarter, Rag rag) {
    return Map.of(quarter.code(), judgement(quarter, rag));
  }

  static RatingJudgement judgement(FinancialQuarter quarter, Rag rag) {
    return new RatingJudgement(
        1,
        quarter.code(),
        RatingBasis.OVERRIDE,
        rag,
        "two teams' figures arrived late",
        Instant.EPOCH,
        "head.of.service");
  }
}
