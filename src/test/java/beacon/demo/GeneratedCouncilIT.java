package beacon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.indicator.ReportingPeriods;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import beacon.scorecard.Scorecard;
import beacon.scorecard.Scorecards;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The generated council for measuring Beacon at size has a full, rated catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedCouncilIT extends EmbeddedDatabaseForTests {

  @Autowired GeneratedCouncil council;
  @Autowired Scorecards scorecards;
  @Autowired ReportingPeriods periods;

  @Test
  void hasAThousandMonthlyIndicatorsRatedForTenYears() {
    council.addIfMissing();
    council.addIfMissing();

    List<FinancialQuarter> quarters = periods.of(GeneratedCouncil.CODE);
    assertThat(quarters).hasSize(40);
    assertThat(quarters.get(0).code()).isEqualTo("2025-26-Q4");
    assertThat(quarters.get(39).code()).isEqualTo("2016-17-Q1");

    Scorecard scorecard = scorecards.forPeriod(GeneratedCouncil.CODE, quarters.get(0));
    assertThat(scorecard.total()).isEqualTo(1_000);
    assertThat(scorecard.counts().get(Rag.NOT_RATED)).isZero();
    assertThat(scorecard.counts().get(Rag.RED)).isPositive();
    assertThat(scorecard.counts().get(Rag.AMBER)).isPositive();
    assertThat(scorecard.counts().get(Rag.GREEN)).isPositive();
    assertThat(scorecard.indicators().get(0).value().period().label()).isEqualTo("Mar 2026");
    assertThat(scorecard.indicators().get(0).sinceYearEarlier().against().label())
        .isEqualTo("Mar 2025");
  }
}
