package beacon.cli;

import picocli.CommandLine;

/**
 * A command's options as picocli reads them from its command line, which make the command they ask
 * for, and the words it takes.
 */
interface CommandOptions {

  /**
   * The options picocli read for a command; for one that takes none, such as Beacon's own (which
   * needs a command after it), options that make no command.
   */
  static CommandOptions of(CommandLine command) {
    if (command.getCommand() instanceof CommandOptions options) {
      return options;
    }
    return () -> {
      throw new ArgumentException(
          "Say which command to run: " + String.join(", ", command.getSubcommands().keySet()));
    };
  }

  /**
   * @throws ArgumentException when the options do not make a command Beacon can run, saying why
   */
  Command command();

  /** What to say when the command line stops before the word the command takes. */
  default String missingWord(String label) {
    return "Give the " + label;
  }

  /** What to say of a word the command does not take. */
  default String unknownWord(String word) {
    return "'" + word + "' is one word too many; put a value with spaces in quotes";
  }
}
