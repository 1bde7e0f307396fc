package beacon.scorecard;

import static beacon.rules.rating.Rag.AMBER;
import static beacon.rules.rating.Rag.GREEN;
import static beacon.rules.rating.Rag.RED;
import static beacon.scorecard.RatedSeriesFixture.APRIL_2020;
import static beacon.scorecard.RatedSeriesFixture.judged;
import static beacon.scorecard.RatedSeriesFixture.line;
import static beacon.scorecard.RatedSeriesFixture.monthly;
import static beacon.scorecard.RatedSeriesFixture.quarterly;
import static beacon.scorecard.RatedSeriesFixture.twoStateFrom;
import static beacon.scorecard.RatedSeriesFixture.value;
import static beacon.scorecard.RatedSeriesFixture.values;
import static beacon.scorecard.RatedSeriesFixture.yearly;
import static beacon.scorecard.RatedSeriesFixture.yearlyTargets;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Month;
import beacon.rules.rating.RagScheme;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.SchemeUse;
import beacon.value.IndicatorValue;
import java.time.LocalDate;
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
}
