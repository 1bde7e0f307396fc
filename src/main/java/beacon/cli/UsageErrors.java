package beacon.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What Beacon says of a command line picocli cannot read, in the words of its options: what is
 * wrong, and what to write instead.
 */
final class UsageErrors {

  /** A value of each option, for the messages that say what to write. */
  private static final Map<String, String> EXAMPLES =
      Map.ofEntries(
          Map.entry("--org", "825"),
          Map.entry("--by", "\"Sam Officer\""),
          Map.entry("--period", "2022-23-Q4"),
          Map.entry("--format", "csv"),
          Map.entry("--output", "scorecard.xlsx"),
          Map.entry("--sheet", "Values"),
          Map.entry("--indicator", "CSC-REREF-Q"),
          Map.entry("--measure", "rereferral_child_percent"),
          Map.entry("--filter", "\"population_type=Children looked after on 31 March each year\""),
          Map.entry("--source", "\"CIN Census\""));

  private UsageErrors() {}

  /**
   * What is wrong with the command line and what to write instead.
   *
   * @param args the arguments picocli read
   */
  static String of(CommandLine.ParameterException problem, List<String> args) {
    if (problem instanceof CommandLine.MissingParameterException missing) {
      return missing(missing, args);
    }
    if (problem instanceof CommandLine.OverwrittenOptionException twice) {
      return name(twice.getOverwritten()) + " is given twice; give it once";
    }
    if (problem instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String word = unmatched.getUnmatched().get(0);
      if (unmatched.isUnknownOption()) {
        int equals = word.indexOf('=');
        return "There is no option " + (equals < 0 ? word : word.substring(0, equals)) + " here";
      }
      return CommandOptions.of(problem.getCommandLine()).unknownWord(word);
    }
    if (problem.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0) {
      return option.longestName() + " takes no value: write it alone";
    }
    return problem.getMessage();
  }

  /** "Give --org, like --org 825". */
  static String give(String option) {
    return "Give " + option + ", like " + option + " " + example(option);
  }

  /** "--by is empty; give it a value". */
  static String empty(String option) {
    return option + " is empty; give it a value";
  }

  private static String missing(CommandLine.MissingParameterException problem, List<String> args) {
    if (problem.getMissing() == null || problem.getMissing().isEmpty()) {
      return problem.getMessage();
    }
    for (ArgSpec spec : problem.getMissing()) { // the word the command takes comes first
      if (spec instanceof PositionalParamSpec word) {
        return CommandOptions.of(problem.getCommandLine()).missingWord(word.paramLabel());
      }
    }
    String name = name(problem.getMissing().get(0));
    if (args.contains(name)) {
      return name + " needs a value, like " + name + " " + example(name);
    }
    return give(name);
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String example(String option) {
    return EXAMPLES.getOrDefault(option, "\"...\"");
  }
}
