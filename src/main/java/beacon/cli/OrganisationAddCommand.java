package beacon.cli;

import java.io.PrintStream;

/**
 * {@code organisation add <code> [--name <name> [--region <region>]]}: sets up a council.
 *
 * @param name null for an English authority, whose name comes from the DfE's list
 */
record OrganisationAddCommand(String code, String name, String region) implements Command {

  @Override
  public int run(Runners runners, PrintStream out, PrintStream err) {
    return runners.make(OrganisationAddRunner.class).run(this, out, err);
  }
}
