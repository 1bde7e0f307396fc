package beacon.cli;

import java.io.PrintStream;

/**
 * {@code organisation add <code> [--name <name> [--region <region>]] [--starter-set]}, or {@code
 * organisation add --every-authority [--starter-set]}: sets up a council, or every authority.
 *
 * @param name null for an English authority, whose name comes from the DfE's list
 * @param code null with {@code everyAuthority}
 * @param first with {@code everyAuthority}, at most this many of them by name; null for all
 * @param starterSet whether each authority set up starts from the national library
 */
record OrganisationAddCommand(
    String code,
    String name,
    String region,
    boolean everyAuthority,
    Integer first,
    boolean starterSet)
    implements Command {

  @Override
  public int run(Runners runners, PrintStream out, PrintStream err) {
    return runners.make(OrganisationAddRunner.class).run(this, out, err);
  }
}
