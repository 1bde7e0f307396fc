package beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.PackagedJar;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar run as a command, as an officer runs it, on a data directory of its own: the
 * result on the standard output and nothing else, problems one a line on the error output, and the
 * exit status saying which.
 */
class CommandLineIT {

  private static Path data;
  private static Path files;

  @BeforeAll
  static void makeADataDirectory() throws IOException {
    Path testData = Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath();
    data = Files.createTempDirectory(testData, "cli-");
    files = Files.createTempDirectory(testData, "cli-files-");
  }

  @Test
  void aDryRunReportsWhatTheImportWouldDoAndWritesNothing() throws Exception {
    Path file =
        write(
            "values.csv",
            "indicator_code,period,value",
            "CSC-REPEAT-REF,Mar 2018,12",
            "CSC-REPEAT-REF,Apr 2024,13%");

    Run run = beacon("import", "values", file.toString(), "--org", "825", "--dry-run");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "values.csv: 2 rows of values for organisation 825",
            "Added: 1",
            "Changed: 1",
            "  row 2, CSC-REPEAT-REF, Mar 2018: 36% \u2192 12%",
            "Unchanged: 0",
            "Dry run: nothing was written");
    assertThat(run.err()).isEmpty();

    Run again = beacon("import", "values", file.toString(), "--org", "825", "--dry-run");
    assertThat(again.outLines()).contains("Added: 1", "Changed: 1");
  }

  @Test
  void aFileOfDfeStatisticsAsDownloadedIsCheckedAsAnIndicatorsBenchmarks() throws Exception {
    Path file = files.resolve("c1.csv");
    try (var in =
        getClass()
            .getResourceAsStream(
                "/imports/dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv")) {
      Files.copy(in, file);
    }

    Run run =
        beacon(
            "import",
            "dfe-statistics",
            file.toString(),
            "--org",
            "825",
            "--dry-run",
            "--indicator",
            "CSC-REREF-Q",
            "--measure",
            "rereferral_child_percent",
            "--source",
            "CIN Census");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines())
        .contains(
            "c1.csv: 2132 rows of dfe-statistics for organisation 825",
            "Added: 39",
            "Set aside: 2093 (other places, rows the filters leave out, figures not published)",
            "Dry run: nothing was written");
  }

  @Test
  void aFileWithProblemsIsRefusedWithOneLinePerProblem() throws Exception {
    Path file =
        write(
            "bad.csv",
            "indicator_code,period,value",
            "NO-SUCH,Mar 2018,12",
            "CSC-REPEAT-REF,Mar 2018,eighty",
            "CSC-REPEAT-REF,the spring,12");

    Run run = beacon("import", "values", file.toString(), "--org", "825", "--by", "Sam Officer");

    assertThat(run.status()).isEqualTo(Command.REFUSED);
    assertThat(run.errLines())
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).startsWith("bad.csv, row "));
    assertThat(run.errLines().get(0)).startsWith("bad.csv, row 2, column indicator_code: ");
    assertThat(run.errLines().get(1)).startsWith("bad.csv, row 3, column value: ");
    assertThat(run.errLines().get(2)).startsWith("bad.csv, row 4, column period: ");
    assertThat(run.out()).isEqualTo("Refused: 3 problems in bad.csv; nothing was imported\n");
  }

  @Test
  void aValueForAMonthThatHasNotEndedIsRefusedAndNothingIsImported() throws Exception {
    YearMonth coming = YearMonth.now(ZoneId.of("Europe/London")).plusMonths(2);
    Path file =
        write(
            "coming.csv",
            "indicator_code,period,value",
            "CSC-REPEAT-REF,May 2024,14%",
            "CSC-REPEAT-REF," + coming + ",15%");

    Run run = beacon("import", "values", file.toString(), "--org", "825", "--by", "Sam Officer");

    assertThat(run.status()).isEqualTo(Command.REFUSED);
    assertThat(run.errLines())
        .containsExactly(
            "coming.csv, row 3, column period: "
                + coming.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3)
                + " "
                + coming.getYear()
                + " has not ended: its value can be imported from 1 "
                + coming.plusMonths(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
    Path may = write("may.csv", "indicator_code,period,value", "CSC-REPEAT-REF,May 2024,14%");
    Run check = beacon("import", "values", may.toString(), "--org", "825", "--dry-run");
    assertThat(check.outLines()).as("nothing of the refused file was written").contains("Added: 1");
  }

  @Test
  void anUnknownOrganisationIsOneClearLine() throws Exception {
    Path file = write("one.csv", "indicator_code,period,value", "CSC-REPEAT-REF,Mar 2018,12");

    Run run = beacon("import", "values", file.toString(), "--org", "999", "--dry-run");

    assertThat(run.status()).isEqualTo(Command.NOT_DONE);
    assertThat(run.errLines()).containsExactly("There is no organisation with the code '999'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void setsUpACouncilByItsAuthorityCodeAndRefusesOneItCannot() throws Exception {
    Run camden = beacon("organisation", "add", "202");

    assertThat(camden.status()).as(camden.err()).isZero();
    assertThat(camden.outLines())
        .containsExactly("Set up Camden (202), London, ONS code E09000007");

    Run again = beacon("organisation", "add", "E09000007");
    assertThat(again.status()).isEqualTo(Command.NOT_DONE);
    assertThat(again.errLines()).containsExactly("Beacon already holds Camden (202)");

    Run trust =
        beacon(
            "organisation",
            "add",
            "SCT",
            "--name",
            "Sandwell Children's Trust",
            "--region",
            "West Midlands");
    assertThat(trust.status()).as(trust.err()).isZero();
    assertThat(trust.outLines())
        .containsExactly("Set up Sandwell Children's Trust (SCT), West Midlands");

    Run cumbria = beacon("organisation", "add", "909");
    assertThat(cumbria.status()).isEqualTo(Command.NOT_DONE);
    assertThat(cumbria.errLines())
        .containsExactly(
            "Cumbria (909) last reported in 2022/23 and has been replaced: set up Cumberland (942)"
                + " or Westmorland and Furness (943)");
  }

  @Test
  void setsUpAnAuthorityFromTheNationalLibraryOnceTheNationalDataIsLoaded() throws Exception {
    Path fresh = Files.createTempDirectory(files.getParent(), "cli-fresh-");
    Run early = beaconIn(fresh, "organisation", "add", "330", "--starter-set");
    assertThat(early.status()).isEqualTo(Command.NOT_DONE);
    assertThat(early.errLines())
        .containsExactly(
            "The national data is not loaded yet: load it with java -jar beacon.jar load-national");
    assertThat(beaconIn(fresh, "load-national").status()).isZero();

    Run birmingham = beaconIn(fresh, "organisation", "add", "330", "--starter-set");

    assertThat(birmingham.status()).as(birmingham.err()).isZero();
    assertThat(birmingham.outLines().get(0))
        .isEqualTo("Set up Birmingham (330), West Midlands, ONS code E08000025");
    assertThat(birmingham.outLines().get(1))
        .startsWith("Started 20 indicators from the national library, with ");
  }

  @Test
  void exportsTheScorecardAsCsvOnTheStandardOutput() throws Exception {
    Run run =
        beacon("export", "scorecard", "--org", "825", "--period", "2022-23-Q4", "--format", "csv");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines().get(0))
        .startsWith("Section,Number,Code,Measure,Aim to,Data period,Target,");
    assertThat(run.out()).contains("SEND-EHCP-REVIEW");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aBadArgumentShowsTheUsageWithoutStartingBeacon() throws Exception {
    Run run = beacon("export", "scorecard", "--org", "825", "--period", "2022-23-Q4", "--format");

    assertThat(run.status()).isEqualTo(Command.WRONG_COMMAND_LINE);
    assertThat(run.errLines())
        .containsExactly(
            "--format needs a value, like --format csv", "Usage: " + ExportCommand.USAGE);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theHelpNamesEveryCommandAndEveryKindOfFileWithItsColumns() throws Exception {
    Run help = beacon("--help");

    assertThat(help.status()).as(help.err()).isZero();
    assertThat(help.outLines())
        .anySatisfy(line -> assertThat(line).startsWith("  import "))
        .anySatisfy(line -> assertThat(line).startsWith("  export "))
        .anySatisfy(line -> assertThat(line).startsWith("  load-national "))
        .anySatisfy(line -> assertThat(line).startsWith("  organisation "))
        .anySatisfy(line -> assertThat(line).startsWith("  help "));
    assertThat(oneLine(help.out())).contains("64 a command line Beacon cannot read");

    Run imports = beacon("import", "--help");

    assertThat(imports.status()).as(imports.err()).isZero();
    assertThat(oneLine(imports.out()))
        .contains("indicators Columns: code, title, definition, polarity, unit")
        .contains("values Columns: indicator_code, period, value")
        .contains(
            "targets Columns: indicator_code, period, target, tolerance; or, for a target set"
                + " against a benchmark")
        .contains("benchmarks Columns: indicator_code, comparator, period, value, source")
        .contains("dfe-statistics A CSV file from Explore Education Statistics");
    assertThat(imports.err()).isEmpty();
  }

  @Test
  void eachKindOfFileHasItsOwnHelpWithTheOptionsItTakes() throws Exception {
    Run dfe = beacon("import", "dfe-statistics", "--help");
    Run values = beacon("help", "import", "values");

    assertThat(dfe.status()).as(dfe.err()).isZero();
    assertThat(dfe.out()).contains("<file>", "--org", "--indicator", "--measure", "--filter");
    assertThat(values.status()).as(values.err()).isZero();
    assertThat(values.out()).contains("<file>", "--org", "--by", "--dry-run", "--sheet");
    assertThat(values.out()).doesNotContain("--indicator");
  }

  @Test
  void anUnknownOptionIsRefusedWithTheUsageOfItsCommand() throws Exception {
    Run run = beacon("import", "values", "v.csv", "--org", "825", "--dryrun");

    assertThat(run.status()).isEqualTo(Command.WRONG_COMMAND_LINE);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).isEqualTo("There is no option --dryrun here");
    assertThat(run.errLines().get(1))
        .startsWith("Usage: java -jar beacon.jar import values ")
        .contains("--dry-run", "--help", "<file>");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileIsOneClearLine() throws Exception {
    Path missing = files.resolve("missing.csv");

    Run run = beacon("import", "values", missing.toString(), "--org", "825", "--dry-run");

    assertThat(run.status()).isEqualTo(Command.NOT_DONE);
    assertThat(run.errLines()).containsExactly("There is no file " + missing);
  }

  @Test
  void aCommandUsesTheDatabaseOfABeaconRunningOnTheSameDataDirectory() throws Exception {
    int port = freePort();
    Process web =
        new ProcessBuilder(
                PackagedJar.command("--server.port=" + port, "--beacon.database.directory=" + data))
            .redirectErrorStream(true)
            .redirectOutput(files.resolve("web.log").toFile())
            .start();
    try {
      assertThat(answers(port, web)).isEqualTo(200);
      String server = Files.readAllLines(data.resolve("postmaster.pid")).get(0);

      Run run = beacon("export", "scorecard", "--org", "825", "--period", "2022-23-Q4");

      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).contains("SEND-EHCP-REVIEW");
      assertThat(Files.readAllLines(data.resolve("postmaster.pid")).get(0)).isEqualTo(server);
      assertThat(answers(port, web)).as("the web application still answers").isEqualTo(200);
    } finally {
      web.destroy();
      web.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static int answers(int port, Process web) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build();
    Instant giveUp = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(giveUp)) {
      assertThat(web.isAlive()).as("the web application is running").isTrue();
      try {
        return HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.discarding())
            .statusCode();
      } catch (IOException notYetListening) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("The web application did not answer in 2 minutes");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The text with its lines and the spaces that line it up as single spaces. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static Path write(String name, String... lines) throws IOException {
    return Files.write(files.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }

  private record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run beacon(String... args) throws IOException, InterruptedException {
    return beaconIn(data, args);
  }

  private static Run beaconIn(Path data, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(PackagedJar.command(args));
    command.add("--beacon.database.directory=" + data);
    Path out = Files.createTempFile(files, "out-", ".txt");
    Path err = Files.createTempFile(files, "err-", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroy();
      throw new AssertionError("The command did not finish in 3 minutes: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
