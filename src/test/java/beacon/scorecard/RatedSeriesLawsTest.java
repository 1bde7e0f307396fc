package beacon.scorecard;

import static beacon.Laws.forAll;
import static beacon.rules.rating.Rag.AMBER;
import static beacon.rules.rating.Rag.GREEN;
import static beacon.rules.rating.Rag.RED;
import static beacon.scorecard.RatedSeriesFixture.APRIL_2020;
import static beacon.scorecard.RatedSeriesFixture.judgement;
import static beacon.scorecard.RatedSeriesFixture.marked;
import static beacon.scorecard.RatedSeriesFixture.monthly;
import static beacon.scorecard.RatedSeriesFixture.quarterly;
import static beacon.scorecard.RatedSeriesFixture.target;
import static beacon.scorecard.RatedSeriesFixture.value;
import static beacon.scorecard.RatedSeriesFixture.yearly;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.Draw;
import beacon.indicator.Indicator;
import beacon.rating.RatingJudgement;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.LatestAvailable;
import beacon.rules.period.Month;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.RagScheme;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.SchemeUse;
import beacon.targets.IndicatorTarget;
import beacon.value.IndicatorValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The laws of a line's history: its value carries the line's rating, every other value the rating
 * of the report that first showed it, and the history is the indicator's whole series rated the
 * same way, however much of it the scorecard read.
 */
class RatedSeriesLawsTest {

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
    return RatedSeriesFixture.line(
        facts.indicator, facts.values, facts.targets, facts.schemes, facts.judgements, reporting);
  }

  private static RatedPoint pointOf(ScorecardLine line, String periodCode) {
    return line.history().stream()
        .filter(point -> point.period().code().equals(periodCode))
        .findFirst()
        .orElseThrow();
  }
}
