package beacon.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.benchmark.Benchmark;
import beacon.benchmark.Benchmarks;
import beacon.benchmark.Comparator;
import beacon.imports.file.Table;
import beacon.imports.file.TableFiles;
import beacon.national.files.EesFile;
import beacon.national.files.NationalMeasure;
import beacon.national.files.NationalResources;
import beacon.rules.national.LaitValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file of the DfE's Explore Education Statistics, as downloaded, gives an indicator its England,
 * region and own published figures, year by year, all or nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DfeStatisticsImportsIT extends EmbeddedDatabaseForTests {

  private static final String C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
  private static final String CLA = "cla_number_and_rate_per_10k_children.csv";
  private static final String HEADER =
      "time_period,time_identifier,geographic_level,country_name,region_name,old_la_code,"
          + "new_la_code,la_name,category,rereferral_child_percent";

  @Autowired TestCouncils councils;
  @Autowired FileImports imports;
  @Autowired Benchmarks benchmarks;
  @Autowired JdbcClient db;

  @Test
  void theChildrenInNeedFileGivesEnglandTheRegionAndTheCouncilsOwnFigureForEveryYear() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    long indicator = council.indicatorId("REREF");
    DfeMeasure rereferrals =
        new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), "CIN Census");
    Table file = asBuckinghamshire(council, C1);

    ImportReport dryRun =
        imports.run(
            DfeStatisticsFile.KIND, council.code(), file, true, "Sam Officer", null, rereferrals);

    assertThat(dryRun.accepted()).isTrue();
    assertThat(dryRun.added())
        .as("England, South East and the council, 2013 to 2025")
        .isEqualTo(39);
    assertThat(dryRun.setAside()).isEqualTo(dryRun.rows() - 39);
    assertThat(benchmarks.currentFor(List.of(indicator))).isEmpty();

    ImportReport imported =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            asBuckinghamshire(council, C1),
            false,
            "Sam Officer",
            null,
            rereferrals);

    assertThat(imported.written()).isTrue();
    assertThat(benchmarks.currentFor(List.of(indicator)).get(indicator))
        .filteredOn(b -> b.period().code().equals("2021-22"))
        .extracting(
            Benchmark::comparator,
            Benchmark::comparatorName,
            b -> b.value().toPlainString(),
            Benchmark::source)
        .containsExactlyInAnyOrder(
            tuple(Comparator.ENGLAND, "England", "20.2", "CIN Census 2021/22"),
            tuple(Comparator.REGION, "South East", "23.9", "CIN Census 2021/22"),
            tuple(
                Comparator.AUTHORITY,
                "Test council " + council.code(),
                "30.6",
                "CIN Census 2021/22"));
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    DfeMeasure rereferrals = new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), null);
    imports.run(
        DfeStatisticsFile.KIND,
        council.code(),
        example(C1),
        false,
        "Sam Officer",
        null,
        rereferrals);

    ImportReport again =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            example(C1),
            false,
            "Sam Officer",
            null,
            rereferrals);

    assertThat(again.unchanged()).as("England and South East, 2013 to 2025").isEqualTo(26);
    assertThat(again.added() + again.changed()).isZero();
    assertThat(again.written()).isFalse();
  }

  @Test
  void aRevisedFigureReplacesTheOneRecordedWhichIsKept() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    long indicator = council.indicatorId("REREF");
    DfeMeasure rereferrals =
        new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), "CIN Census");
    imports.run(
        DfeStatisticsFile.KIND,
        council.code(),
        rows("2022,Reporting year,National,England,,,,,Referrals,20.1"),
        false,
        "Sam Officer",
        null,
        rereferrals);

    ImportReport revised =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            rows("2022,Reporting year,National,England,,,,,Referrals,20.2"),
            false,
            "Sam Officer",
            null,
            rereferrals);

    assertThat(revised.changes())
        .containsExactly(
            new ImportReport.Change(
                2,
                "REREF",
                "2021/22",
                "England 20.1% (CIN Census 2021/22)",
                "England 20.2% (CIN Census 2021/22)"));
    assertThat(
            db.sql("select count(*) from benchmark where indicator_id = ?")
                .param(indicator)
                .query(Integer.class)
                .single())
        .as("the first figure is kept, superseded")
        .isEqualTo(2);
  }

  @Test
  void aFileWithARowForEachPopulationAsksWhichToTakeThenTakesIt() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("CLA-RATE", "60");
    long indicator = council.indicatorId("CLA-RATE");

    ImportReport unfiltered =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            example(CLA),
            false,
            "Sam Officer",
            null,
            new DfeMeasure("CLA-RATE", "rate_per_10000", Map.of(), null));

    assertThat(unfiltered.accepted()).isFalse();
    assertThat(unfiltered.problems().get(0).line())
        .isEqualTo(
            CLA
                + ", row 3: this row is England 2024/25 again, as row 2 is, with population_type"
                + " 'Children looked after on 31 March each year' where row 2 has 'Children"
                + " ceasing to be looked after each year': choose one with a filter, such as"
                + " population_type=Children ceasing to be looked after each year");
    assertThat(benchmarks.currentFor(List.of(indicator))).isEmpty();

    ImportReport filtered =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            example(CLA),
            false,
            "Sam Officer",
            null,
            DfeMeasure.of(
                "CLA-RATE",
                "rate_per_10000",
                List.of("population_type=Children looked after on 31 March each year"),
                "CLA return"));

    assertThat(filtered.accepted()).isTrue();
    assertThat(filtered.added()).as("England and South East, 2021 to 2025").isEqualTo(10);
    assertThat(benchmarks.currentFor(List.of(indicator)).get(indicator))
        .filteredOn(b -> b.period().code().equals("2024-25"))
        .extracting(Benchmark::comparatorName, b -> b.value().toPlainString())
        .containsExactlyInAnyOrder(tuple("England", "67"), tuple("South East", "55"));
  }

  @Test
  void aQuotedFilterValueWithACommaAndADoubledQuoteReadsTheSameForTheImportAndTheNationalData() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("CLA-RATE", "60");
    long indicator = council.indicatorId("CLA-RATE");
    String file =
        "time_period,time_identifier,geographic_level,country_name,region_name,old_la_code,"
            + "new_la_code,la_name,population_type,rate_per_10000\r\n"
            + "2022,Reporting year,National,England,,,,,"
            + "\"Looked after, on 31 March \"\"each year\"\"\",70\r\n"
            + "2022,Reporting year,National,England,,,,,Starting to be looked after,26\r\n";

    ImportReport imported =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            csv("cla.csv", file),
            false,
            "Sam Officer",
            null,
            DfeMeasure.of(
                "CLA-RATE",
                "rate_per_10000",
                List.of("population_type=Looked after, on 31 March \"each year\""),
                null));
    List<LaitValue> national = new ArrayList<>();
    List<NationalMeasure> measures =
        new EesFile("cla", "cla.csv.gz", "SSDA903 return")
            .read(NationalResources.gzipped(file), code -> null, national::add);

    assertThat(imported.accepted()).isTrue();
    assertThat(benchmarks.currentFor(List.of(indicator)).get(indicator))
        .extracting(Benchmark::comparatorName, b -> b.value().toPlainString())
        .containsExactly(tuple("England", "70"));
    assertThat(measures)
        .extracting(NationalMeasure::name)
        .contains("Rate per 10000 (Looked after, on 31 March \"each year\")");
    assertThat(national)
        .filteredOn(
            v -> v.measure().equals("cla.rate_per_10000.looked_after_on_31_march_each_year"))
        .extracting(LaitValue::areaName, v -> v.value().toPlainString())
        .containsExactly(tuple("England", "70"));
  }

  @Test
  void aNationalRowNamingEnglandInCapitalsIsEnglandsAsTheNationalDataReadsIt() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    long indicator = council.indicatorId("REREF");

    ImportReport report =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            rows("2022,Reporting year,National,ENGLAND,,,,,Referrals,20.2"),
            false,
            "Sam Officer",
            null,
            new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), null));

    assertThat(report.added()).isEqualTo(1);
    assertThat(benchmarks.currentFor(List.of(indicator)).get(indicator))
        .extracting(Benchmark::comparator, b -> b.value().toPlainString())
        .containsExactly(tuple(Comparator.ENGLAND, "20.2"));
  }

  @Test
  void aMeasureNotInTheFileIsSaidWithTheColumnsThereAre() {
    assertRefused(
        new DfeMeasure("REREF", "rereferral_rate", Map.of(), null),
        "dfe.csv: there is no column 'rereferral_rate': the columns besides time and place are"
            + " category, rereferral_child_percent");
  }

  @Test
  void noMeasureIsSaidWithTheColumnsToChooseFrom() {
    assertRefused(
        new DfeMeasure("REREF", "", Map.of(), null),
        "dfe.csv: say which column holds the figures: one of category, rereferral_child_percent");
  }

  @Test
  void anUnknownIndicatorIsSaid() {
    assertRefused(
        new DfeMeasure("NOPE", "rereferral_child_percent", Map.of(), null),
        "dfe.csv: there is no indicator 'NOPE' in Test council ");
  }

  @Test
  void aFilterOnAColumnNotInTheFileIsSaid() {
    assertRefused(
        new DfeMeasure("REREF", "rereferral_child_percent", Map.of("population_type", "All"), null),
        "dfe.csv: there is no column 'population_type' to filter by: the columns besides time and"
            + " place are category, rereferral_child_percent");
  }

  @Test
  void aFigureThatIsNotANumberIsSaidWithItsRowAndColumn() {
    assertRefused(
        new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), null),
        rows("2022,Reporting year,National,England,,,,,Referrals,twenty"),
        "dfe.csv, row 2, column rereferral_child_percent: 'twenty' is not a number: write it in"
            + " figures, like 83, 83.5, 83% or 1,234");
  }

  @Test
  void aPercentageOverAHundredIsSaid() {
    assertRefused(
        new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), null),
        rows("2022,Reporting year,National,England,,,,,Referrals,116950"),
        "dfe.csv, row 2, column rereferral_child_percent: '116950' is outside 0-100, and REREF is"
            + " a percentage");
  }

  @Test
  void aYearOfAKindBeaconDoesNotReadIsSaid() {
    assertRefused(
        new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), null),
        rows("2022,Week 5,National,England,,,,,Referrals,20"),
        "dfe.csv, row 2, column time_identifier: 'Week 5' is not a year Beacon reads: it reads"
            + " reporting, financial, academic and calendar years");
  }

  @Test
  void figuresNotPublishedAndOtherPlacesAreSetAsideAndFloatNoiseIsCleaned() {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    long indicator = council.indicatorId("REREF");

    ImportReport report =
        imports.run(
            DfeStatisticsFile.KIND,
            council.code(),
            rows(
                "2022,Reporting year,National,England,,,,,Referrals,84.300000000000011",
                "2022,Reporting year,Regional,England,South East,,,,Referrals,c",
                "2022,Reporting year,Regional,England,London,,,,Referrals,21",
                "2022,Reporting year,Local authority,England,South East,"
                    + council.code()
                    + ",,Mine,Referrals,x",
                "2022,Reporting year,Local authority,England,South East,867,E06000036,Bracknell Forest,Referrals,17.4"),
            false,
            "Sam Officer",
            null,
            new DfeMeasure("REREF", "rereferral_child_percent", Map.of(), null));

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.setAside()).isEqualTo(4);
    assertThat(benchmarks.currentFor(List.of(indicator)).get(indicator))
        .singleElement()
        .satisfies(b -> assertThat(b.value().toPlainString()).isEqualTo("84.3"))
        .satisfies(b -> assertThat(b.source()).isEqualTo("DfE 2021/22"));
  }

  @Test
  void theRealFileChecksCleanlyForTheDemoCouncil() {
    ImportReport dryRun =
        imports.run(
            DfeStatisticsFile.KIND,
            "825",
            example(C1),
            true,
            "Sam Officer",
            null,
            new DfeMeasure("CSC-REREF-Q", "rereferral_child_percent", Map.of(), "CIN Census"));

    assertThat(dryRun.accepted()).isTrue();
    assertThat(dryRun.added() + dryRun.changed())
        .as(
            "the demo links CSC-REREF-Q to the LAIT's referral-based figures; the child-based"
                + " figures of the file replace those of the same years, and keep them")
        .isEqualTo(39);
    assertThat(dryRun.written()).isFalse();
  }

  private void assertRefused(DfeMeasure measure, String problem) {
    assertRefused(
        measure, rows("2022,Reporting year,National,England,,,,,Referrals,20.2"), problem);
  }

  private void assertRefused(DfeMeasure measure, Table file, String problem) {
    TestCouncils.TestCouncil council = councils.aCouncil().withQuarterlyIndicator("REREF", "20");
    long indicator = council.indicatorId("REREF");

    ImportReport report =
        imports.run(
            DfeStatisticsFile.KIND, council.code(), file, false, "Sam Officer", null, measure);

    assertThat(report.accepted()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::line)
        .singleElement()
        .asString()
        .startsWith(problem);
    assertThat(benchmarks.currentFor(List.of(indicator))).isEmpty();
  }

  private static Table rows(String... lines) {
    return new RowsInMemory("dfe.csv", HEADER, lines);
  }

  /** A file of the text given, read as an uploaded CSV file is. */
  private static Table csv(String name, String text) {
    return TableFiles.open(
        name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null, 1 << 22);
  }

  /** An example file of the DfE, as downloaded. */
  private static Table example(String name) {
    return TableFiles.open(name, new ByteArrayInputStream(bytes(name)), null, 1 << 22);
  }

  /** The file, with the test council in Buckinghamshire's place (authority code 825). */
  private static Table asBuckinghamshire(TestCouncils.TestCouncil council, String name) {
    String text =
        new String(bytes(name), StandardCharsets.UTF_8)
            .replace(",825,", "," + council.code() + ",");
    return TableFiles.open(
        name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null, 1 << 22);
  }

  private static byte[] bytes(String name) {
    try (InputStream in =
        DfeStatisticsImportsIT.class.getResourceAsStream("/imports/dfe/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
