package beacon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code help import values}: the help of Beacon, or of the command the words name, however deep:
 * an import and each kind of file it takes.
 */
@CommandLine.Command(
    name = "help",
    helpCommand = true,
    header = "Shows the help of Beacon, or of a command: help export, help import values.")
final class CommandHelp implements CommandLine.IHelpCommandInitializable2, Runnable {

  @Parameters(
      paramLabel = "<command>",
      arity = "0..*",
      description = "The command, and for an import the kind of file: import values.")
  List<String> names = new ArrayList<>();

  @Mixin BeaconCommandLine.HelpOption help;

  private CommandLine helpLine;
  private Help.ColorScheme colours;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpLine, Help.ColorScheme colours, PrintWriter out, PrintWriter err) {
    this.helpLine = helpLine;
    this.colours = colours;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine command = helpLine.getParent();
    for (String name : names) {
      CommandLine named = command.getSubcommands().get(name);
      if (named == null) {
        throw new CommandLine.ParameterException(helpLine, noCommand(command, name));
      }
      command = named;
    }
    command.usage(out, colours);
  }

  private static String noCommand(CommandLine command, String name) {
    if (command.getCommand() instanceof CommandOptions options) {
      return options.unknownWord(name);
    }
    return "There is no command '"
        + name
        + "': the commands are "
        + String.join(", ", command.getSubcommands().keySet());
  }
}
