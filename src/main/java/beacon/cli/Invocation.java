package beacon.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A command line as Beacon read it: what picocli made of its commands and options, and Beacon's
 * settings ({@code --beacon.database.directory=/srv/beacon}), which go to Beacon as they would when
 * it starts.
 *
 * @param settings Beacon's settings as given ({@code --name=value})
 */
record Invocation(ParseResult parsed, List<String> settings) {

  Invocation {
    settings = List.copyOf(settings);
  }

  /** The words that are not options, in order: the command's names, then the words it takes. */
  List<String> words() {
    List<String> words = new ArrayList<>();
    for (ParseResult level = parsed.subcommand(); level != null; level = level.subcommand()) {
      words.add(level.commandSpec().name());
      level.matchedPositionals().forEach(word -> words.addAll(word.originalStringValues()));
    }
    return words;
  }

  /**
   * The command the line asks for.
   *
   * @throws ArgumentException when its options make no command Beacon can run, with its usage
   */
  Command command() {
    ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    CommandLine line = last.commandSpec().commandLine();
    try {
      for (OptionSpec option : last.matchedOptions()) {
        if (option.arity().max() > 0
            && option.originalStringValues().stream().anyMatch(String::isBlank)) {
          throw new ArgumentException(UsageErrors.empty(option.longestName()));
        }
      }
      return CommandOptions.of(line).command();
    } catch (ArgumentException e) {
      throw e.withUsage(BeaconCommandLine.usage(line));
    }
  }
}
