package beacon.cli;

import beacon.organisation.OrganisationSettings;
import beacon.setup.CouncilSetUp;
import beacon.setup.SetUpRefusedException;
import java.io.PrintStream;

/** Sets up the council a command names, and says what it set up or why it could not. */
final class OrganisationAddRunner {

  private final CouncilSetUp setUp;

  OrganisationAddRunner(CouncilSetUp setUp) {
    this.setUp = setUp;
  }

  int run(OrganisationAddCommand command, PrintStream out, PrintStream err) {
    OrganisationSettings added;
    try {
      added =
          command.name() == null
              ? setUp.addAuthority(command.code())
              : setUp.addOther(command.code(), command.name(), command.region());
    } catch (SetUpRefusedException e) {
      err.println(e.getMessage());
      return Command.NOT_DONE;
    }
    out.printf(
        "Set up %s (%s)%s%s%n",
        added.name(),
        added.code(),
        added.region() == null ? "" : ", " + added.region(),
        added.onsCode() == null ? "" : ", ONS code " + added.onsCode());
    return Command.DONE;
  }
}
