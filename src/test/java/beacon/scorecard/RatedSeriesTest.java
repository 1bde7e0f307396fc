package beacon.scorecard;

import static beacon.Laws.forAll;
import static beacon.rules.rating.Rag.AMBER;
import static beacon.rules.rating.Rag.GREEN;
import static beacon.rules.rating.Rag.RED;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.Draw;
import beacon.indicator.Indicator;
import beacon.indicator.IndicatorStatus;
import beacon.rating.RatingJudgement;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Month;
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
import beacon.target.IndicatorTarget;
import beacon.value.IndicatorValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A scorecard line's history rates every value as its report rated it, so a value shows the same
 * rating as the headline of the report that showed it, a person's judgement included.
 */
class RatedSeriesTest {

  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);
  private static final FinancialQuarter Q4 = new FinancialQuarter(2024, 4);
  private static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);

  @Test
  void theValueAReportShowsCarriesTheJudgementGivenForThatReport() {
    ScorecardLine line =
        line(
            quarterly(0),
            values(Q1, "70", "85", "90", "75"),
            yearlyTargets("80"),
            twoStateFrom(APRIL_2020),
            judged(Q4, AMBER),
            Q4);

    assertThat(line.rag()).isEqualTo(AMBER);
    assertThat(line.history())
        .extracting(RatedPoint::rag)
        .containsExactly(RED, GREEN, GREEN, AMBER);
    assertThat(line.history().get(3).basis()).isEqualTo(RatingBasis.OVERRIDE);
    assertThat(line.history().get(0).basis()).isEqualTo(RatingBasis.COMPUTED);
  }

  @Test
  void anEarlierValueKeepsTheJudgementOfTheReportThatShowedIt() {
    ScorecardLine line =
        line(
            quarterly(0),
            values(Q1, "70", "85", "90", "75"),
            yearlyTargets("80"),
            twoStateFrom(APRIL_2020),
            judged(Q1, AMBER),
            Q4);

    assertThat(line.rag()).isEqualTo(RED);
    assertThat(line.history())
        .extracting(RatedPoint::rag)
        .containsExactly(AMBER, GREEN, GREEN, RED);
  }

  @Test
  void aReportsJudgementIsNotCarriedByTheValuesItDidNotShow() {
    List<IndicatorValue> months =
        List.of(
            value(Month.of(2025, 1), "70"),
            value(Month.of(2025, 2), "70"),
            value(Month.of(2025, 3), "70"));

    ScorecardLine line =
        line(
            monthly(0),
            months,
            yearlyTargets("80"),
            twoStateFrom(APRIL_2020),
            judged(Q4, GREEN),
            Q4);

    assertThat(line.rag()).isEqualTo(GREEN);
    assertThat(line.history()).extracting(RatedPoint::rag).containsExactly(RED, RED, GREEN);
  }

  @Test
  void aValueThatRunsBehindIsRatedUnderTheSchemeInForceForTheReportThatShowsIt() {
    List<SchemeUse> schemes =
        List.of(
            new SchemeUse(null, APRIL_2020, "Two states", RagScheme.twoState()),
            new SchemeUse(
                null, LocalDate.of(2023, 4, 1), "Ten percent", RagScheme.relativeBand("10")));
    ScorecardLine line =
        line(
            yearly(12),
            List.of(value(new FinancialYear(2021), "83"), value(new FinancialYear(2022), "83")),
            yearlyTargets("86"),
            schemes,
            Map.of(),
            new FinancialQuarter(2023, 4));

    assertThat(line.value().period().label()).isEqualTo("2022/23");
    assertThat(line.ragScheme()).isEqualTo("Ten percent");
    assertThat(line.rag()).isEqualTo(AMBER);
    assertThat(line.history()).extracting(RatedPoint::rag).containsExactly(RED, AMBER);
  }

  @Test
  void aSeriesWithoutAReportRatesEveryValueAsItsFirstReport() {
    List<RatedPoint> points =
        new RatedSeries(
                quarterly(0),
                values(Q1, "70", "85", "90", "75"),
                yearlyTargets("80"),
                day -> SchemeUse.inForce(twoStateFrom(APRIL_2020), "PI-1", day),
                judged(Q1, AMBER))
            .points();

    assertThat(points).extracting(RatedPoint::rag).containsExactly(AMBER, GREEN, GREEN, RED);
    assertThat(points.get(0).targetDisplay()).isEqualTo("80%");
    assertThat(points.get(0).display()).isEqualTo("70%");
  }

  @Test
  void aLinesRatingIsTheRatingItsValueCarriesInItsHistory() {
    forAll(
        draw -> {
          Facts facts = facts(draw);
          FinancialQuarter reporting =
              new FinancialQuarter(draw.integer(2020, 2026), draw.integer(1, 4));

          ScorecardLine line = line(facts, reporting);

          if (line.value() != null) {
            RatedPoint point = pointOf(line, line.value().period().code());
            assertThat(point.rag()).isEqualTo(line.rag());
            assertThat(point.basis()).isEqualTo(line.ratingBasis());
          }
        });
  }

  @Test
  void everyValueInAHistoryCarriesTheRatingItsFirstReportGaveIt() {
    forAll(
        200,
        draw -> {
          Facts facts = facts(draw);
          FinancialQuarter reporting =
              new FinancialQuarter(draw.integer(2020, 2026), draw.integer(1, 4));

          ScorecardLine line = line(facts, reporting);
          if (line.history().isEmpty()) {
            return;
          }

          for (RatedPoint point : draw.list(1, 5, d -> d.of(line.history()))) {
            if (line.value() != null
                && point.period().code().equals(line.value().period().code())) {
              continue;
            }
            FinancialQuarter first =
                LatestAvailable.firstReportingQuarter(point.period(), facts.indicator.lagMonths());
            ScorecardLine firstReport = line(facts, first);
            if (firstReport.value() != null
                && firstReport.value().period().code().equals(point.period().code())) {
              assertThat(point.rag()).isEqualTo(firstReport.rag());
              assertThat(point.basis()).isEqualTo(firstReport.ratingBasis());
            } else {
              assertThat(point.basis()).isEqualTo(RatingBasis.COMPUTED);
            }
          }
        });
  }

  @Test
  void aLinesHistoryIsTheIndicatorsWholeSeriesRatedTheSameWay() {
    forAll(
        draw -> {
          Facts facts = facts(draw);
          Indicator indicator = facts.indicator;
          FinancialQuarter reporting =
              new FinancialQuarter(draw.integer(2020, 2026), draw.integer(1, 4));
          LocalDate shownFrom =
              LatestAvailable.cutOff(reporting, indicator.lagMonths()).minusMonths(25);
          LocalDate historyFrom = ScorecardLines.historyFrom(reporting, indicator.frequency());
          LocalDate from = shownFrom.isBefore(historyFrom) ? shownFrom : historyFrom;
          LocalDate until = ScorecardLines.readUntil(reporting, indicator.lagMonths());
          List<IndicatorValue> read =
              facts.values.stream()
                  .filter(v -> !v.period().end().isBefore(from) && !v.period().end().isAfter(until))
                  .toList();

          ScorecardLine line =
              ScorecardLines.line(
                  new ScorecardLines.Facts(
                      indicator,
                      read,
                      facts.targets,
                      day -> SchemeUse.inForce(facts.schemes, indicator.code(), day),
                      facts.judgements,
                      List.of(),
                      null),
                  reporting,
                  shownFrom);
          Map<String, RatedPoint> whole = new HashMap<>();
          new RatedSeries(
                  indicator,
                  facts.values,
                  facts.targets,
                  day -> SchemeUse.inForce(facts.schemes, indicator.code(), day),
                  facts.judgements)
              .points()
              .forEach(point -> whole.put(point.period().code(), point));

          assertThat(line.history())
              .extracting(point -> point.period().code())
              .containsExactlyElementsOf(
                  facts.values.stream()
                      .filter(v -> !v.period().end().isBefore(historyFrom))
                      .filter(v -> !v.period().end().isAfter(reporting.end()))
                      .map(v -> v.period().code())
                      .toList());
          for (RatedPoint point : line.history()) {
            if (line.value() == null
                || !point.period().code().equals(line.value().period().code())) {
              assertThat(point).isEqualTo(whole.get(point.period().code()));
            }
          }
        });
  }

  /** What a law draws: an indicator, its values, targets, schemes and judgements. */
  private record Facts(
      Indicator indicator,
      List<IndicatorValue> values,
      List<IndicatorTarget> targets,
      List<SchemeUse> schemes,
      Map<String, RatingJudgement> judgements) {}

  private static Facts facts(Draw draw) {
    PeriodType frequency =
        draw.of(PeriodType.MONTH, PeriodType.FINANCIAL_QUARTER, PeriodType.FINANCIAL_YEAR);
    Indicator indicator =
        switch (frequency) {
          case MONTH -> monthly(draw.of(0, 1, 2, 3));
          case FINANCIAL_QUARTER -> quarterly(draw.of(0, 2, 3, 12));
          default -> yearly(draw.of(0, 6, 12));
        };
    List<IndicatorValue> values = new ArrayList<>();
    Period period =
        switch (frequency) {
          case MONTH -> Month.of(2016, 4);
          case FINANCIAL_QUARTER -> new FinancialQuarter(2016, 1);
          default -> new FinancialYear(2012);
        };
    while (period.end().isBefore(LocalDate.of(2027, 4, 1))) {
      if (draw.integer(1, 4) > 1) {
        values.add(
            draw.integer(1, 10) == 1
                ? marked(period)
                : value(period, draw.decimal("50", "100", 0).toPlainString()));
      }
      period = period.next();
    }
    List<IndicatorTarget> targets = new ArrayList<>();
    for (int year = 2012; year <= 2027; year++) {
      if (draw.integer(1, 5) > 1) {
        targets.add(target(new FinancialYear(year), draw.decimal("60", "95", 0).toPlainString()));
      }
    }
    List<SchemeUse> schemes =
        List.of(
            new SchemeUse(null, APRIL_2020, "Two states", RagScheme.twoState()),
            new SchemeUse(
                null,
                new FinancialQuarter(draw.integer(2020, 2026), draw.integer(1, 4)).start(),
                "Five percent",
                RagScheme.relativeBand("5")));
    Map<String, RatingJudgement> judgements = new HashMap<>();
    for (int year = 2015; year <= 2026; year++) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        if (draw.integer(1, 4) == 1) {
          FinancialQuarter judged = new FinancialQuarter(year, quarter);
          judgements.put(judged.code(), judgement(judged, draw.of(RED, AMBER, GREEN)));
        }
      }
    }
    return new Facts(indicator, values, targets, schemes, judgements);
  }

  private static ScorecardLine line(Facts facts, Period reporting) {
    return line(
        facts.indicator, facts.values, facts.targets, facts.schemes, facts.judgements, reporting);
  }

  private static ScorecardLine line(
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

  private static RatedPoint pointOf(ScorecardLine line, String periodCode) {
    return line.history().stream()
        .filter(point -> point.period().code().equals(periodCode))
        .findFirst()
        .orElseThrow();
  }

  private static Indicator quarterly(int lagMonths) {
    return indicator(PeriodType.FINANCIAL_QUARTER, lagMonths);
  }

  private static Indicator monthly(int lagMonths) {
    return indicator(PeriodType.MONTH, lagMonths);
  }

  private static Indicator yearly(int lagMonths) {
    return indicator(PeriodType.FINANCIAL_YEAR, lagMonths);
  }

  private static Indicator indicator(PeriodType frequency, int lagMonths) {
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
  private static List<IndicatorValue> values(FinancialQuarter first, String... numbers) {
    List<IndicatorValue> values = new ArrayList<>();
    FinancialQuarter quarter = first;
    for (String number : numbers) {
      values.add(value(quarter, number));
      quarter = quarter.next();
    }
    return values;
  }

  private static IndicatorValue value(Period period, String number) {
    return value(period, Figure.of(number));
  }

  private static IndicatorValue marked(Period period) {
    return value(period, Figure.marked(Marker.NOT_AVAILABLE));
  }

  private static IndicatorValue value(Period period, Figure figure) {
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

  private static List<IndicatorTarget> yearlyTargets(String target) {
    List<IndicatorTarget> targets = new ArrayList<>();
    for (int year = 2019; year <= 2027; year++) {
      targets.add(target(new FinancialYear(year), target));
    }
    return targets;
  }

  private static IndicatorTarget target(FinancialYear year, String target) {
    return new IndicatorTarget(
        year.startYear(), 1, year, Target.of(target), null, Instant.EPOCH, "test", null);
  }

  private static List<SchemeUse> twoStateFrom(LocalDate day) {
    return List.of(new SchemeUse(null, day, "Two states", RagScheme.twoState()));
  }

  private static Map<String, RatingJudgement> judged(FinancialQuarter quarter, Rag rag) {
    return Map.of(quarter.code(), judgement(quarter, rag));
  }

  private static RatingJudgement judgement(FinancialQuarter quarter, Rag rag) {
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
