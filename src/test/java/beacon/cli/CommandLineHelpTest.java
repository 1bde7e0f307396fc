package beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.imports.FileImports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The help and the usage errors picocli writes, answered without starting Beacon. */
class CommandLineHelpTest {

  /** No application: a command that started Beacon would fail, and exit with status 1. */
  private static final Class<?> NOT_STARTED = null;

  @Test
  void theHelpOfAnImportListsEveryKindOfFileWithWhatItHolds() {
    Run run = beacon("import", "--help");

    assertThat(run.status()).as(run.err()).isEqualTo(Command.DONE);
    for (String kind : FileImports.KINDS) {
      assertThat(run.outLines())
          .as(kind)
          .anySatisfy(line -> assertThat(line).matches("  " + kind + " +\\S.*"));
    }
    assertThat(oneLine(run.out()))
        .contains("values Columns: indicator_code, period, value;")
        .contains("dfe-statistics A CSV file from Explore Education Statistics");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everyCommandHasItsHelpAsItsOptionOrAsTheHelpCommand() {
    Map<List<String>, String> asked = new LinkedHashMap<>();
    asked.put(List.of("--help"), "");
    asked.put(List.of("help"), "");
    asked.put(List.of("help", "export"), "export");
    asked.put(List.of("export", "--help"), "export");
    asked.put(List.of("load-national", "--help"), "load-national");
    asked.put(List.of("import", "--help"), "import");
    asked.put(List.of("import", "values", "--help"), "import values");
    asked.put(List.of("help", "import", "dfe-statistics"), "import dfe-statistics");
    asked.forEach(
        (args, command) -> {
          Run run = beacon(args.toArray(String[]::new));

          assertThat(run.status()).as(args + ": " + run.err()).isEqualTo(Command.DONE);
          assertThat(run.out())
              .as(args.toString())
              .startsWith(("Usage: java -jar beacon.jar " + command).strip() + " ");
          assertThat(run.err()).as(args.toString()).isEmpty();
        });
  }

  @Test
  void theHelpOfBeaconNamesEveryCommandAndWhatEachExitStatusMeans() {
    Run run = beacon("help");

    for (String command : BeaconCommandLine.reader().getSubcommands().keySet()) {
      assertThat(run.outLines())
          .as(command)
          .anySatisfy(line -> assertThat(line).matches("  " + command + " +\\S.*"));
      assertThat(Commands.named(new String[] {command})).as(command).isTrue();
    }
    assertThat(Commands.named(new String[] {"--help"})).isTrue();
    assertThat(Commands.named(new String[] {"-help"})).isFalse();
    assertThat(oneLine(run.out()))
        .contains("0 done")
        .contains("1 not done: no such file, organisation or scorecard")
        .contains("2 the file was refused")
        .contains("64 a command line Beacon cannot read");
  }

  @Test
  void anUnknownOptionIsRefusedWithTheUsageOfItsCommand() {
    Run run = beacon("import", "values", "v.csv", "--org", "825", "--dryrun");

    assertThat(run.status()).isEqualTo(Command.WRONG_COMMAND_LINE);
    assertThat(run.errLines())
        .containsExactly(
            "There is no option --dryrun here",
            "Usage: " + BeaconCommandLine.usage("import", "values"));
    assertThat(run.errLines().get(1))
        .startsWith("Usage: java -jar beacon.jar import values ")
        .contains("--org=<code>", "--dry-run", "--help", "<file>");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theUsageShownWithAProblemIsTheOneInTheHelp() {
    Run help = beacon("export", "--help");

    String synopsis =
        oneLine(help.out().substring(0, help.out().indexOf(System.lineSeparator() + "Writes")));
    assertThat(synopsis).isEqualTo("Usage: " + ExportCommand.USAGE);
  }

  @Test
  void helpOfACommandThereIsNotIsRefused() {
    Run run = beacon("help", "schools");

    assertThat(run.status()).isEqualTo(Command.WRONG_COMMAND_LINE);
    assertThat(run.errLines().get(0)).contains("schools");
    assertThat(run.out()).isEmpty();
  }

  private record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run beacon(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Commands.run(
            NOT_STARTED,
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
