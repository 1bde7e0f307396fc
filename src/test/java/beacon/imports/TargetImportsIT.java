package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.rules.period.FinancialYear;
import beacon.targets.IndicatorTarget;
import beacon.targets.Targets;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A targets file sets targets all or nothing; a changed target keeps the one it replaces. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TargetImportsIT extends EmbeddedDatabaseForTests {

  private static final String HEADER = "indicator_code,period,target,tolerance";

  @Autowired TestCouncils councils;
  @Autowired FileImports imports;
  @Autowired Targets targets;
  @Autowired Benchmarks benchmarks;

  @Test
  void theExampleFileIsCheckedByADryRunThenSetsItsTargets() {
    TestCouncils.TestCouncil council = withExampleIndicators();
    long assess = council.indicatorId("CSC-ASSESS-45");

    ImportReport dryRun = run(council, ImportFiles.example("targets"), true);

    assertThat(dryRun.accepted()).isTrue();
    assertThat(dryRun.added()).isEqualTo(4);
    assertThat(dryRun.written()).isFalse();
    assertThat(targets.currentFor(List.of(assess))).isEmpty();

    ImportReport imported = run(council, ImportFiles.example("targets"), false);

    assertThat(imported.written()).isTrue();
    assertThat(targets.current(assess, "2024-25"))
        .hasValueSatisfying(
            target -> {
              assertThat(target.target().value()).isEqualByComparingTo("90");
              assertThat(target.target().tolerance()).isEqualByComparingTo("5");
              assertThat(target.recordedBy()).isEqualTo("Sam Officer");
            });
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    TestCouncils.TestCouncil council = withExampleIndicators();
    run(council, ImportFiles.example("targets"), false);

    ImportReport again = run(council, ImportFiles.example("targets"), false);

    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.added() + again.changed()).isZero();
    assertThat(again.written()).isFalse();
    assertThat(targets.history(council.indicatorId("CSC-ASSESS-45"), "2024-25")).hasSize(1);
  }

  @Test
  void aChangedTargetKeepsTheOneItReplacesWithWhoAndWhy() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");

    ImportReport report =
        imports.run(
            "targets",
            council.code(),
            new RowsInMemory("targets.csv", HEADER, "X1,2024/25,85,5", "X1,2025-26,80,"),
            false,
            "Sam Officer",
            "Target agreed by the Cabinet Member");

    assertThat(report.changed()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(report.changes())
        .containsExactly(new ImportReport.Change(2, "X1", "2024/25", "80%", "85% (5% tolerance)"));
    List<IndicatorTarget> history = targets.history(council.indicatorId("X1"), "2024-25");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).target().value()).isEqualByComparingTo("85");
    assertThat(history.get(0).recordedBy()).isEqualTo("Sam Officer");
    assertThat(history.get(0).reason()).isEqualTo("Target agreed by the Cabinet Member");
    assertThat(history.get(1).target().value()).isEqualByComparingTo("80");
  }

  @Test
  void aTargetSetAgainstABenchmarkIsReadFromTheIndicatorsBenchmarkOfThatYear() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    long indicator = council.indicatorId("X1");
    benchmarks.add(
        new Benchmark(
            indicator,
            null,
            Comparator.ENGLAND,
            "England",
            new FinancialYear(2023),
            new BigDecimal("81.5"),
            "DfE"),
        "test");

    ImportReport report =
        imports.run(
            "targets",
            council.code(),
            new RowsInMemory(
                "targets.csv",
                "indicator_code,period,target,tolerance,against,against_year,offset",
                "X1,2024/25,,,England,2023/24,1",
                "X1,2025/26,,,statistical neighbours,,"),
            false,
            "Sam Officer",
            "Target set to the national average");

    assertThat(report.written()).isTrue();
    assertThat(report.changes())
        .extracting(ImportReport.Change::becomes)
        .containsExactly(
            "the England average for 2023/24 plus 1 percentage point",
            "the statistical neighbour average for 2025/26");
    IndicatorTarget set = targets.current(indicator, "2024-25").orElseThrow();
    assertThat(set.target().value()).isEqualByComparingTo("82.5");
    assertThat(set.display(beacon.rules.rating.Unit.PERCENT))
        .isEqualTo("82.5%: the England average for 2023/24 plus 1 percentage point");
    assertThat(targets.current(indicator, "2025-26").orElseThrow().isKnown()).isFalse();
    assertThat(targets.currentFor(List.of(indicator)).get(indicator))
        .extracting(t -> t.period().code())
        .doesNotContain("2025-26");
  }

  @Test
  void aFloorStandardIsSetWithItsTargetAndAnEmptyFloorKeepsTheOneSet() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    long indicator = council.indicatorId("X1");

    ImportReport withFloor =
        imports.run(
            "targets",
            council.code(),
            new RowsInMemory(
                "targets.csv", "indicator_code,period,target,tolerance,floor", "X1,2024/25,85,,70"),
            false,
            "Sam Officer",
            "Floor agreed by the Cabinet Member");
    ImportReport withoutFloor =
        imports.run(
            "targets",
            council.code(),
            new RowsInMemory("targets.csv", HEADER, "X1,2024/25,86,"),
            false,
            "Sam Officer",
            "Target raised");

    assertThat(withFloor.written()).as("%s", withFloor.problems()).isTrue();
    assertThat(withoutFloor.written()).isTrue();
    IndicatorTarget set = targets.current(indicator, "2024-25").orElseThrow();
    assertThat(set.target().value()).isEqualByComparingTo("86");
    assertThat(set.target().floor()).isEqualByComparingTo("70");
  }

  @Test
  void aFloorOnTheGoodSideOfTheTargetIsSaidAndNothingChanges() {
    assertRefused(
        "indicator_code,period,target,tolerance,floor",
        "X1,2024/25,85,5,80",
        "targets.csv, row 2, column floor: the floor must be below 80%, the target less its"
            + " tolerance: the indicator aims high");
  }

  @Test
  void aFigureAndABenchmarkInOneRowAreSaidAndNothingChanges() {
    assertRefused(
        "indicator_code,period,target,against",
        "X1,2024/25,85,England",
        "targets.csv, row 2, column target: write a target figure or the benchmark it is set"
            + " against in against, not both");
  }

  @Test
  void aBenchmarkATargetCannotBeSetAgainstIsSaidAndNothingChanges() {
    assertRefused(
        "indicator_code,period,target,against",
        "X1,2024/25,,our own",
        "targets.csv, row 2, column against: a target may be set against cipfa neighbours,"
            + " england, region, statistical neighbours, top quartile; not 'our own'");
  }

  @Test
  void anUnknownIndicatorIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X9,2024/25,85,",
        "targets.csv, row 2, column indicator_code: there is no indicator 'X9' here");
  }

  @Test
  void anUnparseableNumberIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,2024/25,eighty,",
        "targets.csv, row 2, column target: 'eighty' is not a number: write it in figures, like"
            + " 83, 83.5, 83% or 1,234");
  }

  @Test
  void anUnparseablePeriodIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,next year,85,",
        "targets.csv, row 2, column period: 'next year' is not a period: write a code such as"
            + " 2022-23-Q4 or a label such as \"Q4 2022/23\", \"Mar 2018\" or \"2016/17\"");
  }

  @Test
  void aRepeatedRowIsSaidAndNothingChanges() {
    assertRefused(
        HEADER,
        "X1,2024/25,85,",
        "X1,2024-25,86,",
        "targets.csv, row 3: this row repeats the indicator and period of row 2");
  }

  @Test
  void aWrongHeaderIsSaidAndNothingChanges() {
    assertRefused(
        "indicator_code,period,target,colour",
        "X1,2024/25,85,red",
        "targets.csv, row 1, column colour: 'colour' is not a column of a targets file: the"
            + " columns are indicator_code, period, target, tolerance, floor, against,"
            + " against_year, offset");
  }

  @Test
  void aMissingRequiredColumnIsSaidAndNothingChanges() {
    assertRefused(
        "indicator_code,period,tolerance",
        "X1,2024/25,5",
        "targets.csv, row 1, column target: there is no column 'target', which a targets file"
            + " needs");
  }

  private void assertRefused(String header, String... rowsThenProblem) {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    long indicator = council.indicatorId("X1");
    List<IndicatorTarget> before = targets.currentFor(List.of(indicator)).get(indicator);
    String[] rows = java.util.Arrays.copyOf(rowsThenProblem, rowsThenProblem.length - 1);

    ImportReport report =
        imports.run(
            "targets",
            council.code(),
            new RowsInMemory("targets.csv", header, rows),
            false,
            "Sam Officer",
            null);

    assertThat(report.written()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::line)
        .containsExactly(rowsThenProblem[rowsThenProblem.length - 1]);
    assertThat(targets.currentFor(List.of(indicator)).get(indicator)).isEqualTo(before);
    assertThat(targets.history(indicator, "2024-25")).hasSize(1);
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
      return imports.run("targets", council.code(), file, dryRun, "Sam Officer", null);
    }
  }
}
