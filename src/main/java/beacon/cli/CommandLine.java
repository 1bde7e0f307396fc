package beacon.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words given to a command, read without knowing what they mean: the words in order ({@code
 * import values file.csv}), the options with a value ({@code --org 825} or {@code --org=825}), the
 * flags ({@code --dry-run}), and Beacon's settings ({@code
 * --beacon.database.directory=/srv/beacon}, any option with a dot in its name), which go to Beacon
 * as they would when it starts.
 *
 * @param words what is not an option, in order
 * @param options the options with a value, by name without the dashes
 * @param flags the options without a value, by name without the dashes
 * @param settings Beacon's settings as given ({@code --name=value}), for the application
 */
record CommandLine(
    List<String> words, Map<String, String> options, Set<String> flags, List<String> settings) {

  CommandLine {
    words = List.copyOf(words);
    options = Map.copyOf(options);
    flags = Set.copyOf(flags);
    settings = List.copyOf(settings);
  }

  /**
   * @param valued the options that take a value
   * @param flagNames the options that take none
   * @throws ArgumentException for an option that is not one of these, one without its value, or one
   *     given twice
   */
  static CommandLine read(String[] args, Set<String> valued, Set<String> flagNames) {
    List<String> words = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    Set<String> flags = new LinkedHashSet<>();
    List<String> settings = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || arg.equals("--")) {
        words.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.substring(2, equals < 0 ? arg.length() : equals);
      if (name.contains(".")) {
        if (equals < 0) {
          throw new ArgumentException(
              "Write Beacon's setting " + arg + " with its value: " + arg + "=value");
        }
        settings.add(arg);
        continue;
      }
      if (options.containsKey(name) || flags.contains(name)) {
        throw new ArgumentException("--" + name + " is given twice; give it once");
      }
      if (flagNames.contains(name)) {
        if (equals >= 0) {
          throw new ArgumentException("--" + name + " takes no value: write it alone");
        }
        flags.add(name);
      } else if (valued.contains(name)) {
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
          value = args[++i];
        } else {
          throw new ArgumentException(
              "--" + name + " needs a value, like --" + name + " " + example(name));
        }
        if (value.isBlank()) {
          throw new ArgumentException("--" + name + " is empty; give it a value");
        }
        options.put(name, value.strip());
      } else {
        throw new ArgumentException("There is no option --" + name + " here");
      }
    }
    return new CommandLine(words, options, flags, settings);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /**
   * @throws ArgumentException when the option is not given
   */
  String required(String name) {
    return option(name)
        .orElseThrow(
            () ->
                new ArgumentException("Give --" + name + ", like --" + name + " " + example(name)));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /** The word at a place (0 is the command), or empty. */
  Optional<String> word(int index) {
    return index < words.size() ? Optional.of(words.get(index)) : Optional.empty();
  }

  /**
   * @throws ArgumentException when there are more words than the command takes
   */
  void takesWords(int count) {
    if (words.size() > count) {
      throw new ArgumentException(
          "'" + words.get(count) + "' is one word too many; put a value with spaces in quotes");
    }
  }

  private static String example(String name) {
    switch (name) {
      case "org":
        return "825";
      case "by":
        return "\"Sam Officer\"";
      case "period":
        return "2022-23-Q4";
      case "format":
        return "csv";
      case "output":
        return "scorecard.xlsx";
      case "sheet":
        return "Values";
      case "indicator":
        return "CSC-REREF-Q";
      case "measure":
        return "rereferral_child_percent";
      case "filter":
        return "\"population_type=Children looked after on 31 March each year\"";
      case "source":
        return "\"CIN Census\"";
      default:
        return "\"...\"";
    }
  }
}
