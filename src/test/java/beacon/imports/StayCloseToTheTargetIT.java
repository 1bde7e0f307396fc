package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Rag;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An indicator whose polarity is Kent's T, good to be close to the target, set up from a council's
 * files as it writes them, and rated on its scorecard: Green within the tolerance either side, Red
 * beyond it above as below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StayCloseToTheTargetIT extends EmbeddedDatabaseForTests {

  @Autowired TestCouncils councils;
  @Autowired FileImports imports;
  @Autowired Scorecards scorecards;

  @Test
  void aValueWithinTheToleranceEitherSideIsGreenAndBeyondItRed() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    imported(
        council,
        "indicators",
        "code,title,definition,polarity,unit,decimals,frequency,portfolio,priority,theme",
        "KPI-FOSTER,Children in care placed with in-house foster carers,Placements as counted"
            + " for the Corporate Parenting Panel,T,percent,0,quarterly,Children's Social"
            + " Care,Safe children,Assessment");
    imported(
        council, "targets", "indicator_code,period,target,tolerance", "KPI-FOSTER,2024/25,50,3");
    imported(
        council,
        "values",
        "indicator_code,period,value",
        "KPI-FOSTER,Q1 2024/25,52",
        "KPI-FOSTER,Q2 2024/25,54",
        "KPI-FOSTER,Q3 2024/25,46");

    ScorecardLine q1 = line(council, new FinancialQuarter(2024, 1));
    assertThat(q1.polarity()).isEqualTo(Polarity.CLOSE);
    assertThat(q1.aimTo()).isEqualTo("Aim to stay close to target");
    assertThat(q1.rag()).isEqualTo(Rag.GREEN);
    assertThat(line(council, new FinancialQuarter(2024, 2)).rag()).isEqualTo(Rag.RED);
    ScorecardLine q3 = line(council, new FinancialQuarter(2024, 3));
    assertThat(q3.rag()).isEqualTo(Rag.RED);
    assertThat(q3.reason())
        .isEqualTo(
            "Red: 46% is 4 percentage points below the target of 50% (3% tolerance); Green"
                + " within 3 percentage points either side");
  }

  private void imported(TestCouncils.TestCouncil council, String kind, String... lines) {
    ImportReport report =
        imports.run(
            kind,
            council.code(),
            new RowsInMemory(
                kind + ".csv",
                lines[0],
                List.of(lines).subList(1, lines.length).toArray(String[]::new)),
            false,
            "Sam Officer",
            null);
    assertThat(report.written()).as("%s: %s", kind, report.problems()).isTrue();
  }

  private ScorecardLine line(TestCouncils.TestCouncil council, FinancialQuarter quarter) {
    return scorecards.forPeriod(council.code(), quarter).indicators().get(0);
  }
}
