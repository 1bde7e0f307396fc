package beacon.cli;

import java.io.PrintStream;

/**
 * {@code load-national}: loads the national data Beacon ships (every authority's published figures,
 * the statistical neighbour models, the bank holidays), replacing what is there.
 */
record LoadNationalCommand() implements Command {

  @Override
  public int run(Runners runners, PrintStream out, PrintStream err) {
    return runners.make(LoadNationalRunner.class).run(out);
  }
}
