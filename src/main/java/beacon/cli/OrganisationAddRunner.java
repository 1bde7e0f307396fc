package beacon.cli;

import beacon.national.NationalData;
import beacon.national.files.Authority;
import beacon.organisation.Organisation;
import beacon.organisation.OrganisationSettings;
import beacon.organisation.Organisations;
import beacon.setup.CouncilSetUp;
import beacon.setup.SetUpRefusedException;
import beacon.starter.StarterIndicators;
import java.io.PrintStream;
import java.util.List;

/**
 * Sets up the council a command names, or every authority not yet set up, each started from the
 * national library when asked; says what it set up or why it could not.
 */
final class OrganisationAddRunner {

  /** Who the command line acts as in the catalogue's history. */
  static final String BY = "Beacon command line";

  private final CouncilSetUp setUp;
  private final Organisations organisations;
  private final StarterIndicators starter;
  private final NationalData national;

  OrganisationAddRunner(
      CouncilSetUp setUp,
      Organisations organisations,
      StarterIndicators starter,
      NationalData national) {
    this.setUp = setUp;
    this.organisations = organisations;
    this.starter = starter;
    this.national = national;
  }

  int run(OrganisationAddCommand command, PrintStream out, PrintStream err) {
    if (command.starterSet() && national.lastLoad().isEmpty()) {
      err.println(NOT_LOADED);
      return Command.NOT_DONE;
    }
    if (command.everyAuthority()) {
      return everyAuthority(command.first(), command.starterSet(), out);
    }
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
    return command.starterSet() ? started(added.code(), out) : Command.DONE;
  }

  private int everyAuthority(Integer first, boolean starterSet, PrintStream out) {
    long began = System.nanoTime();
    List<Authority> waiting = setUp.notYetSetUp();
    if (first != null && first < waiting.size()) {
      waiting = waiting.subList(0, first);
    }
    int indicators = 0;
    for (Authority authority : waiting) {
      OrganisationSettings added = setUp.addAuthority(authority.oldCode());
      if (starterSet) {
        Organisation organisation = organisations.withCode(added.code()).orElseThrow();
        indicators += starter.start(organisation, measures(organisation), BY).size();
      }
    }
    out.printf(
        "Set up %d authorities%s in %.1f s%n",
        waiting.size(),
        starterSet ? ", with " + indicators + " indicators from the national library" : "",
        (System.nanoTime() - began) / 1e9);
    return Command.DONE;
  }

  private int started(String code, PrintStream out) {
    Organisation organisation = organisations.withCode(code).orElseThrow();
    List<StarterIndicators.Started> started =
        starter.start(organisation, measures(organisation), BY);
    out.printf(
        "Started %d indicators from the national library, with %d values%n",
        started.size(), started.stream().mapToInt(StarterIndicators.Started::values).sum());
    return Command.DONE;
  }

  private List<String> measures(Organisation organisation) {
    return starter.offeredTo(organisation).stream().map(offer -> offer.entry().measure()).toList();
  }

  private static final String NOT_LOADED =
      "The national data is not loaded yet: load it with java -jar beacon.jar load-national";
}
