package beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.imports.DfeMeasure;
import beacon.papers.Layout;
import beacon.papers.PaperFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private static Command command(String... args) {
    return Commands.read(args).command();
  }

  @Test
  void readsAnImportWithEveryOption() {
    Command command =
        command(
            "import",
            "values",
            "values.xlsx",
            "--org",
            "825",
            "--by",
            "Sam Officer",
            "--dry-run",
            "--reason=Checked against the return",
            "--sheet",
            "Values");

    assertThat(command)
        .isEqualTo(
            new ImportCommand(
                "values",
                Path.of("values.xlsx"),
                "825",
                "Sam Officer",
                true,
                "Checked against the return",
                "Values",
                new DfeMeasure("", "", Map.of(), null),
                false));
  }

  @Test
  void readsTheLoadOfTheNationalDataAndRefusesWordsAfterIt() {
    assertThat(command("load-national")).isInstanceOf(LoadNationalCommand.class);
    assertThatThrownBy(() -> command("load-national", "now"))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("'now' is one word too many");
  }

  @Test
  void aDryRunNeedsNoName() {
    assertThat(command("import", "values", "v.csv", "--org", "825", "--dry-run"))
        .isEqualTo(
            new ImportCommand(
                "values",
                Path.of("v.csv"),
                "825",
                "",
                true,
                null,
                null,
                new DfeMeasure("", "", Map.of(), null),
                false));
  }

  @Test
  void aFileOfIndicatorsMayAddWhatItNamesThatTheCatalogueDoesNotHave() {
    ImportCommand command =
        (ImportCommand)
            command(
                "import", "indicators", "i.csv", "--org", "825", "--dry-run", "--create-missing");

    assertThat(command.createMissing()).isTrue();
    assertThatThrownBy(
            () ->
                command(
                    "import", "values", "v.csv", "--org", "825", "--dry-run", "--create-missing"))
        .isInstanceOf(ArgumentException.class)
        .hasMessage(
            "--create-missing adds the portfolios, priorities and themes a file of indicators"
                + " names: it is for import indicators only");
  }

  @Test
  void readsWhichFiguresOfAFileOfDfeStatisticsToImport() {
    ImportCommand command =
        (ImportCommand)
            command(
                "import",
                "dfe-statistics",
                "cla.csv",
                "--org",
                "825",
                "--dry-run",
                "--indicator",
                "CLA-RATE",
                "--measure",
                "rate_per_10000",
                "--filter",
                "population_type=Children looked after on 31 March each year;version=Final",
                "--source",
                "CLA return");

    assertThat(command.measure())
        .isEqualTo(
            new DfeMeasure(
                "CLA-RATE",
                "rate_per_10000",
                Map.of(
                    "population_type",
                    "Children looked after on 31 March each year",
                    "version",
                    "Final"),
                "CLA return"));
  }

  @Test
  void aFilterWithoutItsColumnIsABadArgument() {
    assertThatThrownBy(
            () ->
                command(
                    "import",
                    "dfe-statistics",
                    "c.csv",
                    "--org",
                    "825",
                    "--dry-run",
                    "--filter",
                    "Children looked after"))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("The filter 'Children looked after' does not say its column");
  }

  @Test
  void readsAnExportWritingCsvByDefault() {
    Command command = command("export", "scorecard", "--org", "825", "--period", "2022-23-Q4");

    assertThat(command).isInstanceOf(ExportCommand.class);
    ExportCommand export = (ExportCommand) command;
    assertThat(export.layout()).isEqualTo(Layout.SCORECARD);
    assertThat(export.organisation()).isEqualTo("825");
    assertThat(export.period().code()).isEqualTo("2022-23-Q4");
    assertThat(export.format()).isEqualTo(PaperFiles.Format.CSV);
    assertThat(export.output()).isEmpty();
  }

  @Test
  void readsAnExportOfEachLayoutToAFile() {
    for (Layout layout : Layout.values()) {
      ExportCommand export =
          (ExportCommand)
              command(
                  "export",
                  layout.urlName(),
                  "--org=872",
                  "--period=2017-18-Q1",
                  "--format",
                  "docx",
                  "--output",
                  "paper.docx",
                  "--portfolio",
                  "Children's Services");
      assertThat(export.layout()).isEqualTo(layout);
      assertThat(export.output()).isEqualTo(Optional.of(Path.of("paper.docx")));
      assertThat(export.portfolio()).isEqualTo("Children's Services");
    }
  }

  @Test
  void passesBeaconsSettingsOn() {
    Invocation line =
        Commands.read(
            new String[] {
              "import",
              "values",
              "v.csv",
              "--org",
              "825",
              "--dry-run",
              "--beacon.database.directory=/srv/beacon"
            });

    assertThat(line.settings()).containsExactly("--beacon.database.directory=/srv/beacon");
    assertThat(line.words()).containsExactly("import", "values", "v.csv");
  }

  @Test
  void namesOnlyItsCommandsSoAnythingElseStartsTheWebApplication() {
    assertThat(Commands.named(new String[] {})).isFalse();
    assertThat(Commands.named(new String[] {"--server.port=9000"})).isFalse();
    assertThat(Commands.named(new String[] {"serve"})).isFalse();
    assertThat(Commands.named(new String[] {"import", "values"})).isTrue();
    assertThat(Commands.named(new String[] {"export"})).isTrue();
    assertThat(Commands.named(new String[] {"help"})).isTrue();
  }

  @Test
  void refusesAKindItDoesNotImport() {
    assertRefused(
        "Beacon imports indicators, values, targets, benchmarks, dfe-statistics files; there is no"
            + " import of 'schools'",
        "import",
        "schools",
        "t.csv",
        "--org",
        "825",
        "--dry-run");
  }

  @Test
  void refusesAnImportOfNothing() {
    assertRefused("Say what the file holds: import values <file>", "import");
  }

  @Test
  void refusesAnImportWithoutItsFile() {
    assertRefused(
        "Name the file to import: import values <file>", "import", "values", "--org", "825");
  }

  @Test
  void refusesAnImportWithoutItsOrganisation() {
    assertRefused("Give --org, like --org 825", "import", "values", "v.csv", "--dry-run");
  }

  @Test
  void refusesAnImportThatWritesWithoutSayingWho() {
    assertRefused(
        "Give --by, like --by \"Sam Officer\"", "import", "values", "v.csv", "--org", "825");
  }

  @Test
  void refusesAnOptionWithoutItsValue() {
    assertRefused(
        "--org needs a value, like --org 825", "import", "values", "v.csv", "--org", "--dry-run");
    assertRefused("--org needs a value, like --org 825", "import", "values", "v.csv", "--org");
  }

  @Test
  void refusesAnEmptyValue() {
    assertRefused(
        "--by is empty; give it a value", "import", "values", "v.csv", "--org", "825", "--by=");
  }

  @Test
  void refusesAnOptionGivenTwice() {
    assertRefused(
        "--org is given twice; give it once",
        "import",
        "values",
        "v.csv",
        "--org",
        "825",
        "--org",
        "872");
  }

  @Test
  void refusesAnUnknownOption() {
    assertRefused(
        "There is no option --dryrun here",
        "import",
        "values",
        "v.csv",
        "--org",
        "825",
        "--dryrun");
    assertRefused(
        "There is no option --dry-run here",
        "export",
        "scorecard",
        "--org",
        "825",
        "--period",
        "2022-23-Q4",
        "--dry-run");
  }

  @Test
  void refusesAValueGivenToAFlag() {
    assertRefused(
        "--dry-run takes no value: write it alone",
        "import",
        "values",
        "v.csv",
        "--org",
        "825",
        "--dry-run=yes");
  }

  @Test
  void refusesAWordTooMany() {
    assertRefused(
        "'Officer' is one word too many; put a value with spaces in quotes",
        "import",
        "values",
        "v.csv",
        "--org",
        "825",
        "--by",
        "Sam",
        "Officer");
  }

  @Test
  void refusesABeaconSettingWithoutItsValue() {
    assertRefused(
        "Write Beacon's setting --beacon.database.directory with its value:"
            + " --beacon.database.directory=value",
        "export",
        "scorecard",
        "--beacon.database.directory");
  }

  @Test
  void refusesAnExportOfNothing() {
    assertRefused(
        "Say which paper to export: one of exceptions, scorecard, indicator-blocks,"
            + " committee-summary",
        "export");
  }

  @Test
  void refusesAnUnknownLayout() {
    assertRefused(
        "There is no paper layout 'scorcard': choose exceptions, scorecard, indicator-blocks,"
            + " committee-summary",
        "export",
        "scorcard",
        "--org",
        "825",
        "--period",
        "2022-23-Q4");
  }

  @Test
  void refusesAnExportWithoutItsPeriod() {
    assertRefused("Give --period, like --period 2022-23-Q4", "export", "scorecard", "--org", "825");
  }

  @Test
  void refusesAPeriodThatIsNotACode() {
    assertThatThrownBy(
            () -> command("export", "scorecard", "--org", "825", "--period", "Q4 2022/23"))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("--period 'Q4 2022/23' is not a period code: use one such as");
  }

  @Test
  void refusesAnUnknownFormat() {
    assertRefused(
        "Papers are made as csv, xlsx, html, pdf or docx; 'xls' is not one of them",
        "export",
        "scorecard",
        "--org",
        "825",
        "--period",
        "2022-23-Q4",
        "--format",
        "xls");
  }

  @Test
  void refusesABinaryPaperWithoutAFileToWrite() {
    assertRefused(
        "A pdf paper is not text: give the file to write, like --output scorecard.pdf",
        "export",
        "scorecard",
        "--org",
        "825",
        "--period",
        "2022-23-Q4",
        "--format",
        "pdf");
  }

  private static void assertRefused(String message, String... args) {
    assertThatThrownBy(() -> command(args))
        .isInstanceOf(ArgumentException.class)
        .hasMessage(message);
  }
}
