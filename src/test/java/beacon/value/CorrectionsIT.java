package beacon.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.indicator.Catalogue;
import beacon.indicator.NewIndicator;
import beacon.organisation.Organisations;
import beacon.rating.RagSchemes;
import beacon.rating.RatingJudgements;
import beacon.rating.SchemeKind;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Figure;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RatingBasis;
import beacon.rules.rating.Target;
import beacon.rules.rating.Unit;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import beacon.targets.Targets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A corrected value keeps the one it replaced, with who, when and why; an override says whose and
 * why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorrectionsIT extends EmbeddedDatabaseForTests {

  private static final AtomicInteger ORGANISATIONS = new AtomicInteger();
  private static final FinancialQuarter Q1 = new FinancialQuarter(2024, 1);

  @Autowired Organisations organisations;
  @Autowired Catalogue catalogue;
  @Autowired IndicatorValues values;
  @Autowired Targets targets;
  @Autowired RagSchemes schemes;
  @Autowired RatingJudgements judgements;
  @Autowired Scorecards scorecards;

  private String organisation;
  private long indicator;

  @BeforeEach
  void aCouncilWithOneIndicatorAimingHigh() {
    organisation = "C" + ORGANISATIONS.incrementAndGet();
    long id = organisations.add(organisation, "Test council " + organisation, "South East");
    schemes.addForOrganisation(
        id, "Two states", SchemeKind.TWO_STATE, null, null, LocalDate.of(2020, 4, 1));
    indicator =
        catalogue.addIndicator(
            new NewIndicator(
                id,
                "ASSESS-45",
                "% assessments completed in 45 working days",
                null,
                Polarity.HIGH,
                Unit.PERCENT,
                0,
                PeriodType.FINANCIAL_QUARTER,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                "2024-25",
                null,
                1,
                null));
    targets.add(indicator, new FinancialYear(2024), Target.of("80"), null, null, "officer");
  }

  @Test
  void aCorrectionKeepsTheOldValueWithWhoWhenAndWhy() {
    values.record(value("75"), "ASSESS-45", "officer.one", null);
    assertThat(rating()).isEqualTo(Rag.RED);

    boolean written =
        values.record(value("82"), "ASSESS-45", "officer.two", "Late recording of 9 assessments");

    assertThat(written).isTrue();
    assertThat(rating()).isEqualTo(Rag.GREEN);
    List<IndicatorValue> history = values.history(indicator, Q1.code());
    assertThat(history).hasSize(2);
    assertThat(history.get(0).figure().number()).isEqualByComparingTo("82");
    assertThat(history.get(0).recordedBy()).isEqualTo("officer.two");
    assertThat(history.get(0).reason()).isEqualTo("Late recording of 9 assessments");
    assertThat(history.get(1).figure().number()).isEqualByComparingTo("75");
    assertThat(history.get(1).recordedBy()).isEqualTo("officer.one");
  }

  @Test
  void aCorrectionWithoutAReasonIsRefusedAndChangesNothing() {
    values.record(value("75"), "ASSESS-45", "officer.one", null);

    assertThatThrownBy(() -> values.record(value("82"), "ASSESS-45", "officer.two", " "))
        .isInstanceOf(CorrectionNeedsReasonException.class)
        .hasMessageContaining("ASSESS-45 for Q1 2024/25 is already recorded");
    assertThat(values.history(indicator, Q1.code())).hasSize(1);
    assertThat(rating()).isEqualTo(Rag.RED);
  }

  @Test
  void recordingTheSameValueAgainChangesNothing() {
    values.record(value("75"), "ASSESS-45", "officer.one", null);

    assertThat(values.record(value("75.0"), "ASSESS-45", "officer.two", null)).isFalse();
    assertThat(values.history(indicator, Q1.code())).hasSize(1);
  }

  @Test
  void anOverrideShowsBesideTheComputedRating() {
    values.record(value("75"), "ASSESS-45", "officer.one", null);
    judgements.add(
        indicator,
        Q1.code(),
        RatingBasis.OVERRIDE,
        Rag.AMBER,
        "two teams' figures arrived late",
        "head.of.service");

    ScorecardLine line = scorecards.forPeriod(organisation, Q1).indicators().get(0);

    assertThat(line.rag()).isEqualTo(Rag.AMBER);
    assertThat(line.ratingBasis()).isEqualTo(RatingBasis.OVERRIDE);
    assertThat(line.computedRag()).isEqualTo(Rag.RED);
    assertThat(line.reason())
        .isEqualTo(
            "Amber: overridden by head.of.service because two teams' figures arrived late."
                + " Computed rating: Red: 75% is below the target of 80%");
  }

  private NewValue value(String number) {
    return new NewValue(
        indicator, Q1, Figure.of(new BigDecimal(number)), null, null, false, null, null);
  }

  private Rag rating() {
    return scorecards.forPeriod(organisation, Q1).indicators().get(0).rag();
  }
}
