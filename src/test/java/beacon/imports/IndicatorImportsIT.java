package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.indicator.CatalogueChanges;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.Indicator;
import beacon.indicator.Indicators;
import beacon.indicator.Portfolio;
import beacon.indicator.Portfolios;
import beacon.indicator.Theme;
import beacon.indicator.Themes;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Polarity;
import beacon.rules.rating.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An indicators file adds indicators and changes them, keeping the catalogue's history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorImportsIT extends EmbeddedDatabaseForTests {

  private static final String HEADER =
      "code,title,definition,polarity,unit,decimals,frequency,portfolio,priority,theme,owner,target_type";

  @Autowired TestCouncils councils;
  @Autowired FileImports imports;
  @Autowired Indicators indicators;
  @Autowired CatalogueChanges changes;
  @Autowired Portfolios portfolios;
  @Autowired Themes themes;

  @Test
  void theExampleFileIsCheckedByADryRunThenAddsItsIndicators() {
    TestCouncils.TestCouncil council = councils.aCouncil();

    ImportReport dryRun = run(council, ImportFiles.example("indicators"), true);

    assertThat(dryRun.accepted()).isTrue();
    assertThat(dryRun.added()).isEqualTo(3);
    assertThat(dryRun.written()).isFalse();
    assertThat(indicators.allOf(council.id())).isEmpty();

    ImportReport imported = run(council, ImportFiles.example("indicators"), false);

    assertThat(imported.written()).isTrue();
    assertThat(imported.added()).isEqualTo(3);
    List<Indicator> added = indicators.allOf(council.id());
    assertThat(added)
        .extracting(Indicator::code)
        .containsExactly("CSC-ASSESS-45", "CSC-REPEAT-REF", "CSC-CLA-RATE");
    Indicator rate = added.get(2);
    assertThat(rate.title()).isEqualTo("Children looked after per 10,000 children");
    assertThat(rate.polarity()).isEqualTo(Polarity.NONE);
    assertThat(rate.unit()).isEqualTo(Unit.RATE);
    assertThat(rate.frequency()).isEqualTo(PeriodType.MONTH);
    assertThat(rate.decimalPlaces()).isEqualTo(1);
    assertThat(rate.priority()).isEqualTo("Safe children");
    assertThat(rate.theme()).isNull();
    assertThat(changes.changesOf(Table.INDICATOR, rate.id()))
        .singleElement()
        .satisfies(change -> assertThat(change.changedBy()).isEqualTo("Sam Officer"));
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    run(council, ImportFiles.example("indicators"), false);
    long id = council.indicatorId("CSC-ASSESS-45");

    ImportReport again = run(council, ImportFiles.example("indicators"), false);

    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.added() + again.changed()).isZero();
    assertThat(again.written()).isFalse();
    assertThat(changes.changesOf(Table.INDICATOR, id)).hasSize(1);
  }

  @Test
  void aChangedIndicatorKeepsWhatItWasInTheCatalogueHistory() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    long id = council.indicatorId("X1");

    ImportReport report =
        imports.run(
            "indicators",
            council.code(),
            new RowsInMemory(
                "indicators.csv",
                "code,title,polarity,unit,frequency,owner",
                "X1,% of assessments in 45 days,low,percent,quarterly,"),
            false,
            "Sam Officer",
            "Polarity corrected: the paper aims low");

    assertThat(report.changes())
        .containsExactly(
            new ImportReport.Change(
                2,
                "X1",
                "",
                "title: Indicator X1; polarity: high",
                "title: % of assessments in 45 days; polarity: low"));
    Indicator changed = indicators.withCode(council.id(), "X1").orElseThrow();
    assertThat(changed.polarity()).isEqualTo(Polarity.LOW);
    assertThat(changed.owner())
        .as("an empty cell keeps what was there")
        .isEqualTo("Head of Service");
    assertThat(changed.theme()).isEqualTo("Assessment");
    CatalogueChanges.Change change = changes.changesOf(Table.INDICATOR, id).get(0);
    assertThat(change.changedBy()).isEqualTo("Sam Officer");
    assertThat(change.reason()).isEqualTo("Polarity corrected: the paper aims low");
    assertThat(change.oldValues())
        .containsEntry("polarity", "HIGH")
        .containsEntry("title", "Indicator X1");
  }

  @Test
  void anUnknownPolarityIsSaidAndNothingChanges() {
    assertRefused(
        "X1,Assessments,up,percent,quarterly",
        "indicators.csv, row 2, column polarity: 'up' is not a polarity: write high, low,"
            + " none or close");
  }

  @Test
  void anUnknownUnitIsSaidAndNothingChanges() {
    assertRefused(
        "X1,Assessments,high,per cent,quarterly",
        "indicators.csv, row 2, column unit: 'per cent' is not a unit: write percent, number,"
            + " score, rate, days or per 10,000");
  }

  @Test
  void anUnknownFrequencyIsSaidAndNothingChanges() {
    assertRefused(
        "X1,Assessments,high,percent,fortnightly",
        "indicators.csv, row 2, column frequency: 'fortnightly' is not a frequency: write"
            + " monthly, quarterly, financial year, academic year, calendar year or weekly");
  }

  @Test
  void decimalsThatAreNotAWholeNumberAreSaidAndNothingChanges() {
    assertRefused(
        "code,title,polarity,unit,frequency,decimals",
        "X1,Assessments,high,percent,quarterly,two",
        "indicators.csv, row 2, column decimals: 'two' is not a number of decimal places: write a"
            + " whole number from 0 to 6");
  }

  @Test
  void aPortfolioNotInTheCatalogueIsSaidAndNotCreated() {
    assertRefused(
        "code,title,polarity,unit,frequency,portfolio,priority,theme",
        "X1,Assessments,high,percent,quarterly,Education,Safe children,Voice of the child",
        "indicators.csv, row 2, column portfolio: there is no portfolio 'Education' in the"
            + " catalogue: add it there first, or name one it has",
        "indicators.csv, row 2, column theme: there is no theme 'Voice of the child' under the"
            + " priority 'Safe children' in the catalogue: add it there first, or name one of its"
            + " themes");
  }

  @Test
  void aRepeatedCodeIsSaidAndNothingChanges() {
    assertRefused(
        "code,title,polarity,unit,frequency",
        "X1,Assessments,high,percent,quarterly",
        "X2,Visits,high,percent,quarterly",
        "X1,Assessments in time,high,percent,quarterly",
        "indicators.csv, row 4: this row repeats the code of row 2");
  }

  @Test
  void aWrongHeaderIsSaidAndNothingChanges() {
    assertRefused(
        "code,title,polarity,unit,frequency,colour",
        "X1,Assessments,high,percent,quarterly,red",
        "indicators.csv, row 1, column colour: 'colour' is not a column of an indicators file: the"
            + " columns are code, title, polarity, unit, frequency, definition, decimals,"
            + " portfolio, priority, theme, owner, target_type, scheme, scheme_from, scheme_kind,"
            + " scheme_band, scheme_band_above");
  }

  @Test
  void aMissingRequiredColumnIsSaidAndNothingChanges() {
    assertRefused(
        "code,title,unit,frequency",
        "X1,Assessments,percent,quarterly",
        "indicators.csv, row 1, column polarity: there is no column 'polarity', which an"
            + " indicators file needs");
  }

  /** Refused with exactly these problems, the council's one indicator as it was. */
  @Test
  void askedToCreateWhatIsMissingItAddsThePortfolioPriorityAndThemeOnceWithWhoAddedThem() {
    TestCouncils.TestCouncil council = councils.aCouncil();
    String[] rows = {
      "KS2-CLA,KS2 attainment of children in care,,high,percent,0,academic year,Education,"
          + "Achieving,Attainment,,",
      "KS4-CLA,KS4 attainment of children in care,,high,percent,0,academic year,education,"
          + "ACHIEVING,attainment,,"
    };

    ImportReport dryRun =
        imports.run(
            "indicators",
            council.code(),
            new RowsInMemory("indicators.csv", HEADER, rows),
            null,
            true,
            "Sam Officer",
            null,
            null,
            true);
    assertThat(dryRun.accepted()).as("%s", dryRun.problems()).isTrue();
    assertThat(portfolios.of(council.id())).extracting(Portfolio::name).doesNotContain("Education");

    ImportReport imported =
        imports.run(
            "indicators",
            council.code(),
            new RowsInMemory("indicators.csv", HEADER, rows),
            null,
            false,
            "Sam Officer",
            null,
            null,
            true);

    assertThat(imported.added()).isEqualTo(2);
    Portfolio education =
        portfolios.of(council.id()).stream()
            .filter(p -> p.name().equals("Education"))
            .findFirst()
            .orElseThrow();
    assertThat(portfolios.of(council.id()))
        .extracting(Portfolio::name)
        .containsOnlyOnce("Education");
    assertThat(themes.of(council.id()))
        .filteredOn(theme -> theme.priority().equals("Achieving"))
        .extracting(Theme::name)
        .containsExactly("Attainment");
    assertThat(indicators.allOf(council.id()))
        .extracting(Indicator::portfolio, Indicator::priority, Indicator::theme)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("Education", "Achieving", "Attainment"));
    assertThat(changes.changesOf(Table.PORTFOLIO, education.id()))
        .singleElement()
        .satisfies(change -> assertThat(change.changedBy()).isEqualTo("Sam Officer"));
  }

  @Test
  void onlyAFileOfIndicatorsMayBeAskedToCreateWhatIsMissing() {
    TestCouncils.TestCouncil council = councils.aCouncil();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                imports.run(
                    "targets",
                    council.code(),
                    new RowsInMemory("targets.csv", "indicator_code,period,target"),
                    null,
                    true,
                    "Sam Officer",
                    null,
                    null,
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("for a file of indicators only");
  }

  private void assertRefused(String... headerRowsAndProblems) {
    String header = headerRowsAndProblems[0].startsWith("code,") ? headerRowsAndProblems[0] : null;
    int first = header == null ? 0 : 1;
    int problemsFrom = first;
    while (problemsFrom < headerRowsAndProblems.length
        && !headerRowsAndProblems[problemsFrom].startsWith("indicators.csv")) {
      problemsFrom++;
    }
    String[] rows = java.util.Arrays.copyOfRange(headerRowsAndProblems, first, problemsFrom);
    String[] problems =
        java.util.Arrays.copyOfRange(
            headerRowsAndProblems, problemsFrom, headerRowsAndProblems.length);
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("X1", "80");
    List<Indicator> before = indicators.allOf(council.id());

    ImportReport report =
        imports.run(
            "indicators",
            council.code(),
            new RowsInMemory(
                "indicators.csv",
                header == null ? "code,title,polarity,unit,frequency" : header,
                rows),
            false,
            "Sam Officer",
            null);

    assertThat(report.accepted()).isFalse();
    assertThat(report.written()).isFalse();
    assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(problems);
    assertThat(indicators.allOf(council.id())).isEqualTo(before);
    assertThat(changes.changesOf(Table.INDICATOR, before.get(0).id())).isEmpty();
  }

  private ImportReport run(
      TestCouncils.TestCouncil council, beacon.imports.file.Table file, boolean dryRun) {
    try (file) {
      return imports.run("indicators", council.code(), file, dryRun, "Sam Officer", null);
    }
  }
}
