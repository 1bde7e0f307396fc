package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.rules.period.FinancialQuarter;
import beacon.value.IndicatorValue;
import beacon.value.IndicatorValues;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A values file imported all or nothing, with a dry run, and corrections kept in the history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValueImportsIT extends EmbeddedDatabaseForTests {

  private static final String HEADER =
      "indicator_code,period,value,numerator,denominator,marker,provisional,note";

  @Autowired TestCouncils councils;
  @Autowired ValueImports imports;
  @Autowired IndicatorValues values;

  @Test
  void aDryRunSaysWhatWouldBeAddedAndChangedAndWritesNothing() {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");

    ImportReport report =
        imports.run(
            council.code(),
            new RowsInMemory(
                "values.csv",
                HEADER,
                "V1,Q1 2024/25,82,,,,,",
                "V1,2024-25-Q2,85%,,,,yes,",
                "V1,Q3 2024/25,,,,New,,Not yet counted"),
            true,
            "Sam Officer",
            null);

    assertThat(report.accepted()).isTrue();
    assertThat(report.written()).isFalse();
    assertThat(report.added()).isEqualTo(2);
    assertThat(report.changed()).isEqualTo(1);
    assertThat(report.changes())
        .containsExactly(new ImportReport.Change(2, "V1", "Q1 2024/25", "75%", "82%"));
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .extracting(value -> value.figure().number().intValue())
        .containsExactly(75);
  }

  @Test
  void theDemoCouncilsExampleFileChecksAsOneCorrectionOfBuckinghamshiresFigures() {
    ImportReport report =
        imports.run("825", ImportFiles.example("values-825"), true, "Sam Officer", null);

    assertThat(report.accepted()).as("%s", report.problems()).isTrue();
    assertThat(report.written()).isFalse();
    assertThat(report.changes())
        .containsExactly(new ImportReport.Change(4, "CSC-REREF-Q", "Q3 2022/23", "44%", "43%"));
    assertThat(report.unchanged()).isEqualTo(3);
  }

  @Test
  void anImportWritesItsRowsAndKeepsTheCorrectedValueInItsHistory() {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");
    long indicator = council.indicatorId("V1");

    ImportReport report =
        imports.run(
            council.code(),
            new RowsInMemory(
                "values.csv", HEADER, "V1,Q1 2024/25,82,41,50,,,", "V1,Q2 2024/25,85,,,,,"),
            false,
            "Sam Officer",
            "Validated figures from the case system");

    assertThat(report.written()).isTrue();
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.changed()).isEqualTo(1);
    List<IndicatorValue> history = values.history(indicator, "2024-25-Q1");
    assertThat(history).hasSize(2);
    IndicatorValue corrected =
        history.stream().filter(value -> value.reason() != null).findFirst().orElseThrow();
    assertThat(corrected.figure().number()).isEqualByComparingTo("82");
    assertThat(corrected.recordedBy()).isEqualTo("Sam Officer");
    assertThat(corrected.reason()).isEqualTo("Validated figures from the case system");
    assertThat(corrected.numerator()).isEqualByComparingTo("41");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");
    RowsInMemory file =
        new RowsInMemory("values.csv", HEADER, "V1,Q1 2024/25,82,,,,,", "V1,Q2 2024/25,85,,,,,");
    imports.run(council.code(), file, false, "Sam Officer", null);

    ImportReport again =
        imports.run(
            council.code(),
            new RowsInMemory(
                "values.csv", HEADER, "V1,Q1 2024/25,82,,,,,", "V1,Q2 2024/25,85,,,,,"),
            false,
            "Sam Officer",
            null);

    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.added() + again.changed()).isZero();
    assertThat(again.written()).isFalse();
    assertThat(values.history(council.indicatorId("V1"), "2024-25-Q1")).hasSize(1);
  }

  @Test
  void aFileWithSeveralProblemsIsRefusedWholeSayingEachWhereItIs() {
    assertRefused(
        List.of(
            "V1,Q1 2024/25,82,,,,,",
            "V9,Q2 2024/25,85,,,,,",
            "V1,Q3 2024/25,eighty,,,,,",
            "V1,Q4 2024/25,120,,,,,"),
        "values.csv, row 3, column indicator_code: there is no indicator 'V9' here",
        "values.csv, row 4, column value: 'eighty' is not a number: write it in figures, like 83,"
            + " 83.5, 83% or 1,234",
        "values.csv, row 5, column value: '120' is outside 0-100, and V1 is a percentage");
  }

  @Test
  void anUnknownIndicatorIsRefused() {
    assertRefused(
        List.of("V1,Q2 2024/25,82,,,,,", "V9,Q2 2024/25,85,,,,,"),
        "values.csv, row 3, column indicator_code: there is no indicator 'V9' here");
  }

  @Test
  void aNumberThatCannotBeReadIsRefused() {
    assertRefused(
        List.of("V1,Q2 2024/25,8O,,,,,"),
        "values.csv, row 2, column value: '8O' is not a number: write it in figures, like 83,"
            + " 83.5, 83% or 1,234");
  }

  @Test
  void aPeriodThatCannotBeReadIsRefused() {
    assertRefused(
        List.of("V1,Q5 2024/25,85,,,,,"),
        "values.csv, row 2, column period: 'Q5 2024/25' is not a period: write a code such as"
            + " 2022-23-Q4 or a label such as \"Q4 2022/23\", \"Mar 2018\" or \"2016/17\"");
  }

  @Test
  void aRowRepeatingAnIndicatorAndPeriodIsRefused() {
    assertRefused(
        List.of("V1,Q2 2024/25,82,,,,,", "V1,2024-25-Q2,83,,,,,"),
        "values.csv, row 3: this row repeats the indicator and period of row 2");
  }

  @Test
  void aPercentageOutside0To100IsRefused() {
    assertRefused(
        List.of("V1,Q2 2024/25,120,,,,,"),
        "values.csv, row 2, column value: '120' is outside 0-100, and V1 is a percentage");
  }

  @Test
  void refusesEveryRowForAPeriodThatHasNotEndedAndWritesNothing() {
    assertRefused(
        List.of("V1,Q2 2024/25,82,,,,,", "V1,2031-32-Q1,85,,,,,", "V1,Q3 2026/27,80,,,,,"),
        "values.csv, row 3, column period: Q1 2031/32 has not ended: its value can be imported"
            + " from 1 July 2031",
        "values.csv, row 4, column period: Q3 2026/27 has not ended: its value can be imported"
            + " from 1 January 2027");
  }

  @Test
  void refusesFiguresTheirNumeratorAndDenominatorCannotMake() {
    assertRefused(
        List.of(
            "V1,Q2 2024/25,100,30,20,,,",
            "V1,Q3 2024/25,80,122,182,,,",
            "V1,Q4 2024/25,50,-1,2,,,",
            "V1,Q1 2023/24,50,1,0,,,",
            "V1,Q2 2023/24,,3,4,New,,"),
        "values.csv, row 2, column numerator: '30' is more than the denominator 20, and V1 is a"
            + " percentage",
        "values.csv, row 3, column value: '80' does not match the numerator and denominator: 122"
            + " of 182 is 67%",
        "values.csv, row 4, column numerator: '-1' is less than 0: a numerator counts something",
        "values.csv, row 5, column denominator: the denominator is 0, which makes no figure",
        "values.csv, row 6, column numerator: give a numerator and denominator with a value, not"
            + " with a marker");
  }

  @Test
  void worksOutAPercentageLeftEmptyFromItsNumeratorAndDenominator() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");

    ImportReport report =
        imports.run(
            council.code(),
            new RowsInMemory("values.csv", HEADER, "V1,Q1 2024/25,,122,182,,,"),
            false,
            "Sam Officer",
            null);

    assertThat(report.accepted()).as("%s", report.problems()).isTrue();
    assertThat(values.current(council.indicatorId("V1"), "2024-25-Q1").orElseThrow().figure())
        .satisfies(figure -> assertThat(figure.number()).isEqualByComparingTo("67"));
  }

  @Test
  void aMissingRequiredColumnIsRefused() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");

    ImportReport report =
        imports.run(
            council.code(),
            new RowsInMemory("values.csv", "indicator_code,value", "V1,82"),
            false,
            "Sam Officer",
            null);

    assertThat(report.problems())
        .extracting(ImportProblem::line)
        .containsExactly(
            "values.csv, row 1, column period: there is no column 'period', which a values file"
                + " needs");
    assertThat(values.seriesFor(council.indicatorId("V1"))).isEmpty();
  }

  /** Imports the rows into a council whose V1 has 75 for Q1 2024/25: refused, nothing changed. */
  private void assertRefused(List<String> rows, String... problems) {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("V1", "80")
            .withValue("V1", new FinancialQuarter(2024, 1), "75");

    ImportReport report =
        imports.run(
            council.code(),
            new RowsInMemory("values.csv", HEADER, rows.toArray(String[]::new)),
            false,
            "Sam Officer",
            null);

    assertThat(report.accepted()).isFalse();
    assertThat(report.written()).isFalse();
    assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(problems);
    assertThat(values.seriesFor(council.indicatorId("V1")))
        .extracting(value -> value.figure().number().intValue())
        .containsExactly(75);
  }

  @Test
  void aWrongHeaderIsSaidColumnByColumnBeforeAnyRowIsRead() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("V1", "80");

    ImportReport report =
        imports.run(
            council.code(),
            new RowsInMemory("values.csv", "indicator,period,value,colour", "V1,Q1 2024/25,82,"),
            false,
            "Sam Officer",
            null);

    assertThat(report.problems())
        .extracting(ImportProblem::line)
        .containsExactly(
            "values.csv, row 1, column indicator_code: there is no column 'indicator_code',"
                + " which a values file needs",
            "values.csv, row 1, column indicator: 'indicator' is not a column of a values file:"
                + " the columns are indicator_code, period, value, numerator, denominator, marker,"
                + " provisional, note",
            "values.csv, row 1, column colour: 'colour' is not a column of a values file: the"
                + " columns are indicator_code, period, value, numerator, denominator, marker,"
                + " provisional, note");
    assertThat(report.rows()).isZero();
  }
}
