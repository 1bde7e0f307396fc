package beacon.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Beacon's command line: {@code import}, {@code export}, {@code load-national}, {@code
 * organisation} and {@code help}, run in the same jar against the same database as the web
 * application, without its web server. The command line is read first, by picocli ({@link
 * BeaconCommandLine}); help, and a command line Beacon cannot read, are answered without starting
 * Beacon. Then Beacon starts and the command's runner, which Spring makes with the services it
 * takes, carries it out. The result goes to the standard output and nothing else does: Beacon's own
 * messages go to the error output, warnings only.
 */
public final class Commands {

  private Commands() {}

  /**
   * Whether the arguments name a command, or ask for help; if not, Beacon starts its web
   * application.
   */
  public static boolean named(String[] args) {
    if (args.length == 0 || isSetting(args[0])) {
      return false;
    }
    CommandLine beacon = BeaconCommandLine.reader();
    return beacon.getSubcommands().containsKey(args[0])
        || beacon.getCommandSpec().options().stream()
            .anyMatch(option -> Arrays.asList(option.names()).contains(args[0]));
  }

  /** A setting of Beacon's, such as {@code --server.port=8080}, which no command starts with. */
  private static boolean isSetting(String arg) {
    int equals = arg.indexOf('=');
    return arg.startsWith("--")
        && arg.substring(0, equals < 0 ? arg.length() : equals).contains(".");
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
    return run(application, args, out, err);
  }

  static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
    CommandLine reader = BeaconCommandLine.reader();
    reader.setOut(new PrintWriter(out, true));
    reader.setErr(new PrintWriter(err, true));
    Invocation invocation;
    Command command;
    try {
      invocation = read(reader, args);
      if (CommandLine.printHelpIfRequested(invocation.parsed())) {
        return Command.DONE;
      }
      command = invocation.command();
    } catch (ArgumentException e) {
      err.println(e.getMessage());
      err.println("Usage: " + e.usage());
      return Command.WRONG_COMMAND_LINE;
    } catch (CommandLine.ParameterException e) { // help for a command there is not
      err.println(e.getMessage());
      err.println("Usage: " + BeaconCommandLine.usage(e.getCommandLine()));
      return Command.WRONG_COMMAND_LINE;
    }
    Optional<String> cannot = command.cannotRun();
    if (cannot.isPresent()) {
      err.println(cannot.get());
      return Command.NOT_DONE;
    }
    System.setOut(System.err); // whatever Beacon prints while it runs is not the result
    try (ConfigurableApplicationContext beacon = start(application, invocation.settings())) {
      return command.run(beacon.getAutowireCapableBeanFactory()::createBean, out, err);
    } catch (RuntimeException e) {
      err.println("Beacon could not run the command: " + rootMessage(e));
      return Command.NOT_DONE;
    }
  }

  /**
   * Reads the arguments as picocli does, Beacon's settings apart.
   *
   * @throws ArgumentException for a command line Beacon cannot read, with the usage of its command
   */
  static Invocation read(String[] args) {
    return read(BeaconCommandLine.reader(), args);
  }

  private static Invocation read(CommandLine reader, String[] args) {
    List<String> settings = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String arg : args) {
      if (!isSetting(arg)) {
        rest.add(arg);
      } else if (arg.indexOf('=') < 0) {
        throw new ArgumentException(
                "Write Beacon's setting " + arg + " with its value: " + arg + "=value")
            .withUsage(BeaconCommandLine.usage(named(reader, args[0])));
      } else {
        settings.add(arg);
      }
    }
    try {
      return new Invocation(reader.parseArgs(rest.toArray(String[]::new)), settings);
    } catch (CommandLine.ParameterException e) {
      throw new ArgumentException(UsageErrors.of(e, rest))
          .withUsage(BeaconCommandLine.usage(e.getCommandLine()));
    }
  }

  /** The command of that name, or Beacon's own when there is none. */
  private static CommandLine named(CommandLine reader, String name) {
    return reader.getSubcommands().getOrDefault(name, reader);
  }

  private static ConfigurableApplicationContext start(Class<?> application, List<String> settings) {
    SpringApplication beacon = new SpringApplication(application);
    beacon.setWebApplicationType(WebApplicationType.NONE);
    beacon.setBannerMode(Banner.Mode.OFF);
    beacon.setLogStartupInfo(false);
    // a command makes only what it takes, not every page and service of the web application
    beacon.setLazyInitialization(true);
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
