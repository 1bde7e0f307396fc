package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.rules.period.FinancialQuarter;
import beacon.scorecard.Scorecards;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A benchmarks file records national figures all or nothing; a newer figure keeps the old. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchmarkImportsIT extends EmbeddedDatabaseForTests {

  private static final String HEADER = "indicator_code,comparator,period,value,source";
  private static final FinancialQuarter Q4_2022_23 = new FinancialQuarter(2022, 4);
  private static final FinancialQuarter Q3_2023_24 = new FinancialQuarter(2023, 3);

  @Autowired TestCouncils councils;
  @Autowired FileImports imports;
  @Autowired Benchmarks benchmarks;
  @Autowired JdbcClient db;
  @Autowired Scorecards scorecards;

  @Test
  void theExampleFileIsCheckedByADryRunThenRecordsItsBenchmarks() {
    TestCouncils.TestCouncil council = withExampleIndicators();
    long repeat = council.indicatorId("CSC-REPEAT-REF");

    ImportReport dryRun = run(council, ImportFiles.example("benchmarks"), true);

    assertThat(dryRun.accepted()).isTrue();
    assertThat(dryRun.added()).isEqualTo(7);
    assertThat(dryRun.written()).isFalse();
    assertThat(benchmarks.currentFor(List.of(repeat))).isEmpty();

    ImportReport imported = run(council, ImportFiles.example("benchmarks"), false);

    assertThat(imported.written()).isTrue();
    assertThat(benchmarks.currentFor(List.of(repeat)).get(repeat))
        .extracting(Benchmark::comparator, Benchmark::comparatorName, b -> b.period().code())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Comparator.ENGLAND, "England", "2022-23"),
            org.assertj.core.groups.Tuple.tuple(Comparator.REGION, "South East", "2022-23"),
            org.assertj.core.groups.Tuple.tuple(
                Comparator.STATISTICAL_NEIGHBOURS, "Statistical Neighbours", "2022-23"));
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    TestCouncils.TestCouncil council = withExampleIndicators();
    run(council, ImportFiles.example("benchmarks"), false);

    ImportReport again = run(council, ImportFiles.example("benchmarks"), false);

    assertThat(again.unchanged()).isEqualTo(7);
    assertThat(again.added() + again.changed()).isZero();
    assertThat(again.written()).isFalse();
    assertThat(rowsOf(council.indicatorId("CSC-REPEAT-REF"))).isEqualTo(3);
  }

  @Test
  void aNewerFigureReplacesTheOldWhichIsKept() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    long indicator = council.indicatorId("X1");
    imports.run(
        "benchmarks",
        council.code(),
        new RowsInMemory("benchmarks.csv", HEADER, "X1,England,2022/23,82.2,CIN census"),
        false,
        "Sam Officer",
        null);

    ImportReport report =
        imports.run(
            "benchmarks",
            council.code(),
            new RowsInMemory("benchmarks.csv", HEADER, "X1,england,2022-23,83,CIN census"),
            false,
            "Sam Officer",
            null);

    assertThat(report.changes())
        .containsExactly(
            new ImportReport.Change(
                2, "X1", "2022/23", "England 82.2% (CIN census)", "England 83% (CIN census)"));
    assertThat(benchmarks.currentFor(List.of(indicator)).get(indicator))
        .singleElement()
        .satisfies(b -> assertThat(b.value()).isEqualByComparingTo("83"));
    assertThat(rowsOf(indicator)).as("the old figure is kept, superseded").isEqualTo(2);
  }

  @Test
  void aFigureImportedWithItsDayOfPublicationShowsOnScorecardsFromThatDay() {
    TestCouncils.TestCouncil council =
        councils
            .aCouncil()
            .withQuarterlyIndicator("REREF", "20")
            .withValue("REREF", Q4_2022_23, "21")
            .withValue("REREF", Q3_2023_24, "22");

    ImportReport report =
        run(
            council,
            new RowsInMemory(
                "benchmarks.csv",
                HEADER + ",published",
                "REREF,England,2021/22,21.5,CIN Census,27/10/2022",
                "REREF,England,2022/23,22.4,CIN Census,2023-10-26"),
            false);

    assertThat(report.problems()).isEmpty();
    assertThat(englandOn(council, Q4_2022_23)).isEqualTo("2021-22");
    assertThat(englandOn(council, Q3_2023_24)).isEqualTo("2022-23");
  }

  @Test
  void aDayOfPublicationThatIsNotADayIsSaidAndNothingChanges() {
    assertRefused(
        HEADER + ",published",
        "X1,England,2022/23,82,CIN Census,autumn 2023",
        "benchmarks.csv, row 2, column published: 'autumn 2023' is not a date: write it like"
            + " 30/11/2019 or 2019-11-30");
  }

  @Test
  void anUnknownIndicatorIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X9,England,2022/23,82,",
        "benchmarks.csv, row 2, column indicator_code: there is no indicator 'X9' here");
  }

  @Test
  void anUnknownComparatorIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,Wales,2022/23,82,",
        "benchmarks.csv, row 2, column comparator: 'Wales' is not a comparator: write England,"
            + " region (or its name, such as South East), statistical neighbours (or SN), CIPFA"
            + " neighbours or top quartile");
  }

  @Test
  void anUnparseableNumberIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,England,2022/23,82.2.1,",
        "benchmarks.csv, row 2, column value: '82.2.1' is not a number: write it in figures, like"
            + " 83, 83.5, 83% or 1,234");
  }

  @Test
  void anUnparseablePeriodIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,England,last year,82,",
        "benchmarks.csv, row 2, column period: 'last year' is not a period: write a code such as"
            + " 2022-23-Q4 or a label such as \"Q4 2022/23\", \"Mar 2018\" or \"2016/17\"");
  }

  @Test
  void aPercentageOutsideNoughtToAHundredIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,SN,2022/23,120,",
        "benchmarks.csv, row 2, column value: '120' is outside 0-100, and X1 is a percentage");
  }

  @Test
  void aRepeatedRowIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,Statistical Neighbours,2022/23,82,",
        "X1,SN,2022-23,83,",
        "benchmarks.csv, row 3: this row repeats the indicator, comparator and period of row 2");
  }

  @Test
  void aWrongHeaderIsSaidAndNothingChanges() {
    assertRefused(
        "indicator_code,comparator,period,figure",
        "X1,England,2022/23,82",
        "benchmarks.csv, row 1, column value: there is no column 'value', which a benchmarks"
            + " file needs",
        "benchmarks.csv, row 1, column figure: 'figure' is not a column of a benchmarks file: the"
            + " columns are indicator_code, comparator, period, value, source, published");
  }

  @Test
  void aMissingRequiredColumnIsSaidAndNothingChanges() {
    assertRefused(
        "indicator_code,period,value",
        "X1,2022/23,82",
        "benchmarks.csv, row 1, column comparator: there is no column 'comparator', which a"
            + " benchmarks file needs");
  }

  /** The header, the rows, then the problems (lines starting with the file's name). */
  private void assertRefused(String header, String... rowsThenProblems) {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    long indicator = council.indicatorId("X1");
    imports.run(
        "benchmarks",
        council.code(),
        new RowsInMemory("benchmarks.csv", HEADER, "X1,England,2022/23,80,CIN census"),
        false,
        "Sam Officer",
        null);
    Map<Long, List<Benchmark>> before = benchmarks.currentFor(List.of(indicator));
    List<String> rows =
        java.util.Arrays.stream(rowsThenProblems)
            .filter(r -> !r.startsWith("benchmarks.csv"))
            .toList();
    List<String> problems =
        java.util.Arrays.stream(rowsThenProblems)
            .filter(r -> r.startsWith("benchmarks.csv"))
            .toList();

    ImportReport report =
        imports.run(
            "benchmarks",
            council.code(),
            new RowsInMemory("benchmarks.csv", header, rows.toArray(String[]::new)),
            false,
            "Sam Officer",
            null);

    assertThat(report.written()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::line)
        .containsExactlyElementsOf(problems);
    assertThat(benchmarks.currentFor(List.of(indicator))).isEqualTo(before);
    assertThat(rowsOf(indicator)).isEqualTo(1);
  }

  /** The period of the England figure a scorecard for the quarter shows for the one indicator. */
  private String englandOn(TestCouncils.TestCouncil council, FinancialQuarter quarter) {
    return scorecards.forPeriod(council.code(), quarter).indicators().get(0).benchmarks().stream()
        .filter(b -> b.comparator() == Comparator.ENGLAND)
        .findFirst()
        .orElseThrow()
        .period()
        .code();
  }

  private int rowsOf(long indicator) {
    return db.sql("select count(*) from benchmark where indicator_id = :i")
        .param("i", indicator)
        .query(Integer.class)
        .single();
  }

  private TestCouncils.TestCouncil withExampleIndicators() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    try (beacon.imports.file.Table file = ImportFiles.example("indicators")) {
      assertThat(imports.run("indicators", council.code(), file, false, "test", null).written())
          .isTrue();
    }
    return council;
  }

  private ImportReport run(
      TestCouncils.TestCouncil council, beacon.imports.file.Table file, boolean dryRun) {
    try (file) {
      return imports.run("benchmarks", council.code(), file, dryRun, "Sam Officer", null);
    }
  }
}
