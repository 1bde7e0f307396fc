package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.rules.period.FinancialYear;
import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import beacon.scorecard.ScorecardLine;
import beacon.scorecard.Scorecards;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A rate of children looked after per 10,000 children, set up from a council's files as it writes
 * them, is printed as its papers print it: "47.3 per 10,000".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatesPer10000IT extends EmbeddedDatabaseForTests {

  @Autowired TestCouncils councils;
  @Autowired FileImports imports;
  @Autowired Scorecards scorecards;

  @Test
  void aRatePer10000ChildrenIsWrittenWithItsUnitInTheValueTargetAndReason() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    imported(
        council,
        "indicators",
        "code,title,polarity,unit,decimals,frequency,portfolio,priority,theme",
        "CLA-RATE,Children looked after (rate per 10000 children),low,per 10000,1,financial year,"
            + "Children's Social Care,Safe children,Assessment");
    imported(council, "targets", "indicator_code,period,target", "CLA-RATE,2023/24,45");
    imported(council, "values", "indicator_code,period,value", "CLA-RATE,2023/24,47.3");

    ScorecardLine line =
        scorecards.forPeriod(council.code(), new FinancialYear(2023)).indicators().get(0);

    assertThat(line.unit()).isEqualTo(Unit.PER_10000);
    assertThat(line.value().display()).isEqualTo("47.3 per 10,000");
    assertThat(line.rag()).isEqualTo(Rag.RED);
    assertThat(line.reason())
        .isEqualTo("Red: 47.3 per 10,000 is above the target of 45 per 10,000");
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
}
