package beacon.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Beacon's command line: {@code import}, {@code export}, {@code load-national} and {@code help},
 * run in the same jar against the same database as the web application, without its web server. The
 * result goes to the standard output and nothing else does: Beacon's own messages go to the error
 * output, warnings only.
 */
public final class Commands {

  private static final Set<String> NAMES =
      Set.of("import", "export", "load-national", "help", "--help");

  static final String HELP =
      String.join(
          System.lineSeparator(),
          "Beacon: performance management for councils' children's services",
          "",
          "  java -jar beacon.jar",
          "      starts the web application",
          "  " + ImportCommand.USAGE,
          "      imports a CSV (.csv, .txt) or Excel (.xlsx) file, all or nothing; kinds: values",
          "      --dry-run says what would be added and changed, and writes nothing",
          "      --by names who imports the file (not needed for a dry run)",
          "  " + ExportCommand.USAGE,
          "      writes a committee paper; layouts: exceptions, scorecard, indicator-blocks,"
              + " committee-summary",
          "      csv and html go to the standard output unless --output is given;"
              + " xlsx, pdf and docx need --output",
          "  " + LoadNationalCommand.USAGE,
          "      loads the national data Beacon ships: every authority's published figures,"
              + " the statistical neighbour models and the bank holidays",
          "  java -jar beacon.jar help",
          "",
          "Beacon's settings may follow, such as --beacon.database.directory=/srv/beacon.",
          "Exit status: 0 done; 1 not done (no such file, organisation or scorecard);"
              + " 2 the file was refused,",
          "its problems one a line on the error output; 64 a command line Beacon cannot read.");

  private Commands() {}

  /** Whether the arguments name a command; if not, Beacon starts its web application. */
  public static boolean named(String[] args) {
    return args.length > 0 && NAMES.contains(args[0]);
  }

  /**
   * Runs the command the arguments name.
   *
   * @param application the application whose context the command runs in, without a web server
   * @return the exit status
   */
  public static int run(Class<?> application, String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    if (args[0].equals("help") || args[0].equals("--help")) {
      out.println(HELP);
      return Command.DONE;
    }
    CommandLine line;
    Command command;
    try {
      line = read(args);
      command = command(line);
    } catch (ArgumentException e) {
      err.println(e.getMessage());
      err.println("Usage: " + usage(args[0]));
      return Command.WRONG_COMMAND_LINE;
    }
    Optional<String> cannot = command.cannotRun();
    if (cannot.isPresent()) {
      err.println(cannot.get());
      return Command.NOT_DONE;
    }
    System.setOut(System.err); // whatever Beacon prints while it runs is not the result
    try (ConfigurableApplicationContext beacon = start(application, line.settings())) {
      return command.run(beacon, out, err);
    } catch (RuntimeException e) {
      err.println("Beacon could not run the command: " + rootMessage(e));
      return Command.NOT_DONE;
    }
  }

  static CommandLine read(String[] args) {
    if (args[0].equals("import")) {
      return CommandLine.read(args, ImportCommand.OPTIONS, ImportCommand.FLAGS);
    }
    if (args[0].equals("load-national")) {
      return CommandLine.read(args, Set.of(), Set.of());
    }
    return CommandLine.read(args, ExportCommand.OPTIONS, Set.of());
  }

  static Command command(CommandLine line) {
    switch (line.word(0).orElseThrow()) {
      case "import":
        return ImportCommand.from(line);
      case "load-national":
        return LoadNationalCommand.from(line);
      default:
        return ExportCommand.from(line);
    }
  }

  private static String usage(String command) {
    switch (command) {
      case "import":
        return ImportCommand.USAGE;
      case "load-national":
        return LoadNationalCommand.USAGE;
      default:
        return ExportCommand.USAGE;
    }
  }

  private static ConfigurableApplicationContext start(Class<?> application, List<String> settings) {
    SpringApplication beacon = new SpringApplication(application);
    beacon.setWebApplicationType(WebApplicationType.NONE);
    beacon.setBannerMode(Banner.Mode.OFF);
    beacon.setLogStartupInfo(false);
    beacon.setDefaultProperties(
        Map.of("logging.level.root", "warn", "logging.level.org.apache.pdfbox", "error"));
    beacon.addListeners(new RunningDatabase());
    return beacon.run(settings.toArray(String[]::new));
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
