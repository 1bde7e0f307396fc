package beacon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of {@code organisation add <code> [--name <name> [--region <region>]]}: an English
 * authority by its code alone, or, with a name, an organisation that is not an authority.
 */
@CommandLine.Command(
    name = "add",
    description = {
      "Sets up a council, as the page and the API do.",
      "An English local authority by its DfE code alone, its name, region and ONS code from the"
          + " DfE's list: organisation add 311",
      "An organisation that is not an authority with a code, name and region of its own:"
          + " organisation add SCT --name \"Sandwell Children's Trust\" --region \"West Midlands\"",
      "Every English authority not yet set up, each started from the national library, for a"
          + " region's Beacon: organisation add --every-authority --starter-set"
    },
    sortOptions = false)
final class OrganisationAddOptions implements CommandOptions {

  @Parameters(
      paramLabel = "<code>",
      arity = "0..1",
      description = "The authority's code (311 or E09000016), or the organisation's own code.")
  String code;

  @Option(
      names = "--every-authority",
      description = "Every English authority in the DfE's list that is not set up yet.")
  boolean everyAuthority;

  @Option(
      names = "--first",
      paramLabel = "<n>",
      description = "With --every-authority: only the first n of them by name, to try it.")
  Integer first;

  @Option(
      names = "--starter-set",
      description =
          "Start each authority's catalogue from the national library: the standard measures as"
              + " indicators, with its published figures and benchmarks.")
  boolean starterSet;

  @Option(
      names = "--name",
      paramLabel = "<name>",
      description = "The name of an organisation that is not an authority.")
  String name;

  @Option(
      names = "--region",
      paramLabel = "<region>",
      description = "The English region of an organisation that is not an authority.")
  String region;

  @Mixin BeaconCommandLine.HelpOption help;

  @Override
  public Command command() {
    if (everyAuthority && (code != null || name != null || region != null)) {
      throw new ArgumentException(
          "--every-authority sets up every authority: give no code, --name or --region with it");
    }
    if (first != null && (!everyAuthority || first < 1)) {
      throw new ArgumentException(
          "--first is a number of authorities, 1 or more, with --every-authority");
    }
    if (!everyAuthority && code == null) {
      throw new ArgumentException("Give the code of the council to set up, such as 311");
    }
    if (starterSet && name != null) {
      throw new ArgumentException(
          "--starter-set is for an English authority, whose national figures are known");
    }
    if (name == null && region != null) {
      throw new ArgumentException(
          "--region is for an organisation that is not an authority: give its --name too");
    }
    return new OrganisationAddCommand(code, name, region, everyAuthority, first, starterSet);
  }

  @Override
  public String missingWord(String label) {
    return "Give the code of the council to set up, such as 311";
  }
}
