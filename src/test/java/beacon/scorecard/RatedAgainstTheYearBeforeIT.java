package beacon.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.rating.RagSchemes;
import beacon.rating.SchemeKind;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Rag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Under a scheme whose Amber depends on the same period a year earlier, the oldest value of a
 * scorecard line's history is rated against its year-earlier value as the whole series rates it,
 * though that value is older than the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatedAgainstTheYearBeforeIT extends EmbeddedDatabaseForTests {

  @Autowired TestCouncils councils;
  @Autowired RagSchemes schemes;
  @Autowired Scorecards scorecards;
  @Autowired Indicators indicators;

  @Test
  void theOldestValueOfALinesHistoryIsRatedAgainstTheYearBeforeIt() {
    FinancialQuarter oldest = new FinancialQuarter(2022, 1);
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("X1", "80")
            .withValue("X1", new FinancialQuarter(2021, 1), "60")
            .withValue("X1", oldest, "65")
            .withValue("X1", new FinancialQuarter(2024, 4), "79");
    schemes.addForOrganisation(
        council.id(),
        "Havering 2013/14",
        SchemeKind.RELATIVE_BAND_WITH_TRAVEL,
        BigDecimal.TEN,
        null,
        LocalDate.of(2020, 4, 2));

    ScorecardLine line =
        scorecards.forPeriod(council.code(), new FinancialQuarter(2024, 4)).indicators().get(0);
    Indicator x1 = indicators.withCode(council.id(), "X1").orElseThrow();

    RatedPoint onTheLine =
        line.history().stream().filter(p -> p.period().equals(oldest)).findFirst().orElseThrow();
    RatedPoint inTheSeries =
        scorecards.seriesOf(x1, null).stream()
            .filter(p -> p.period().equals(oldest))
            .findFirst()
            .orElseThrow();
    assertThat(inTheSeries.rag()).as("65% improved on 60% a year before").isEqualTo(Rag.AMBER);
    assertThat(onTheLine.rag()).isEqualTo(inTheSeries.rag());
  }
}
