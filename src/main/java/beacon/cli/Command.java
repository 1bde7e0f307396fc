package beacon.cli;

import java.io.PrintStream;
import java.util.Optional;

/**
 * A command as its command line asks for it, read before Beacon starts, and its exit status. Once
 * Beacon has started, a runner carries it out: a class Spring makes with the services it takes in
 * its constructor.
 */
interface Command {

  /** Done: the file imported (or would be, in a dry run), the paper written. */
  int DONE = 0;

  /** Not done: no such file, organisation or scorecard, or Beacon could not start. */
  int NOT_DONE = 1;

  /** The import was refused: the file has problems, one a line on the error output. */
  int REFUSED = 2;

  /** The command line is not one Beacon can run. */
  int WRONG_COMMAND_LINE = 64;

  /** What stops the command before Beacon is started, such as a file that is not there. */
  default Optional<String> cannotRun() {
    return Optional.empty();
  }

  /**
   * @param runners makes this command's runner, with Beacon's services
   * @param out where the result goes: the report, the paper
   * @param err where problems go, one a line
   * @return the exit status
   */
  int run(Runners runners, PrintStream out, PrintStream err);
}
