package beacon.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.springframework.context.ApplicationContext;

/** A command run against Beacon's database without its web server, and its exit status. */
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
   * @param out where the result goes: the report, the paper
   * @param err where problems go, one a line
   * @return the exit status
   */
  int run(ApplicationContext beacon, PrintStream out, PrintStream err);
}
