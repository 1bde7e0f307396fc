package beacon.cli;

import beacon.imports.FileImports;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Beacon's command line as picocli reads it: its commands, their options, and the help and usage
 * picocli writes of them. An import takes the kind of file as its command, one for each of {@link
 * FileImports#KINDS}, each with the columns of its file from the import page's texts.
 */
@CommandLine.Command(
    name = "java -jar beacon.jar",
    description = {
      "Beacon: performance management for councils' children's services.",
      "With no command it starts the web application. With one it runs that against the same"
          + " database, without the web server, and exits."
    },
    synopsisSubcommandLabel = "<command>",
    commandListHeading = "%nCommands:%n",
    subcommands = {
      BeaconCommandLine.Import.class,
      ExportOptions.class,
      BeaconCommandLine.LoadNational.class,
      BeaconCommandLine.Organisation.class,
      CommandHelp.class
    },
    footerHeading = "%n",
    footer = {
      "Beacon's settings may follow a command, such as",
      "  --beacon.database.directory=/srv/beacon",
      "A command's own help: help <command>, or <command> --help."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      Command.DONE + ":done",
      Command.NOT_DONE + ":not done: no such file, organisation or scorecard",
      Command.REFUSED + ":the file was refused, its problems one a line on the error output",
      Command.WRONG_COMMAND_LINE + ":a command line Beacon cannot read, said on the error output"
    })
final class BeaconCommandLine {

  private static final String IMPORT_TEXTS = "messages.imports";

  @Mixin HelpOption help;

  /** {@code --help}, for Beacon and each of its commands. */
  static final class HelpOption {
    @Option(names = "--help", usageHelp = true, description = "Shows this help.")
    boolean asked;
  }

  @CommandLine.Command(
      name = "import",
      description = {
        "Imports a CSV (.csv, .txt) or Excel (.xlsx) file, all or nothing, as the API and the"
            + " import page do.",
        "Say what the file holds, then the file: import values values.csv --org 825"
            + " --by \"Sam Officer\""
      },
      synopsisSubcommandLabel = "<kind>",
      commandListHeading = "%nKinds of file:%n",
      footerHeading = "%n",
      footer = "The options of each kind: java -jar beacon.jar import <kind> --help")
  static final class Import implements CommandOptions {

    @Mixin HelpOption help;

    @Override
    public Command command() {
      throw new ArgumentException("Say what the file holds: import values <file>");
    }

    @Override
    public String unknownWord(String word) {
      return "Beacon imports "
          + String.join(", ", FileImports.KINDS)
          + " files; there is no import of '"
          + word
          + "'";
    }
  }

  @CommandLine.Command(
      name = "load-national",
      description =
          "Loads the national data Beacon ships, replacing what is there: every authority's"
              + " published figures, the statistical neighbour models and the bank holidays.")
  static final class LoadNational implements CommandOptions {

    @Mixin HelpOption help;

    @Override
    public Command command() {
      return new LoadNationalCommand();
    }
  }

  @CommandLine.Command(
      name = "organisation",
      description = "Sets up councils: organisation add 311",
      synopsisSubcommandLabel = "<action>",
      commandListHeading = "%nActions:%n",
      subcommands = OrganisationAddOptions.class)
  static final class Organisation implements CommandOptions {

    @Mixin HelpOption help;

    @Override
    public Command command() {
      throw new ArgumentException("Say what to do: organisation add <code>");
    }

    @Override
    public String unknownWord(String word) {
      return "There is no organisation action '" + word + "': organisation add <code>";
    }
  }

  /** The command line of Beacon, ready to read arguments, one for each reading. */
  static CommandLine reader() {
    CommandLine reader = new CommandLine(new BeaconCommandLine());
    CommandLine imports = reader.getSubcommands().get("import");
    ResourceBundle texts = ResourceBundle.getBundle(IMPORT_TEXTS, Locale.UK);
    for (String kind : FileImports.KINDS) {
      CommandLine ofKind =
          new CommandLine(
              kind.equals(DfeStatisticsOptions.KIND)
                  ? new DfeStatisticsOptions()
                  : new ImportOptions(kind));
      ofKind.getCommandSpec().usageMessage().description(columns(texts, kind), ImportOptions.ABOUT);
      imports.addSubcommand(kind, ofKind);
    }
    reader.setExpandAtFiles(false); // a file named @values.csv is that file
    reader.registerConverter(String.class, String::strip);
    return reader;
  }

  /** What a kind of file holds, as the import page says it. */
  private static String columns(ResourceBundle texts, String kind) {
    String key = "imports.kind." + kind + ".hint";
    return texts.containsKey(key) ? texts.getString(key) : "A file of " + kind;
  }

  /**
   * The usage of a command, as its help shows it, on one line.
   *
   * @param names the command's names after Beacon's: {@code import, values}
   */
  static String usage(String... names) {
    CommandLine command = reader();
    for (String name : names) {
      command = command.getSubcommands().get(name);
    }
    return usage(command);
  }

  static String usage(CommandLine command) {
    Help help = new Help(command.getCommandSpec(), Help.defaultColorScheme(Help.Ansi.OFF));
    return help.synopsis(0).strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
