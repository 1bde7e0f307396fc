package beacon.cli;

import beacon.national.NationalBenchmarks;
import beacon.national.NationalData;
import java.io.PrintStream;
import java.util.Optional;
import org.springframework.context.ApplicationContext;

/**
 * {@code load-national}: loads the national data Beacon ships (every authority's published figures,
 * the statistical neighbour models, the bank holidays), replacing what is there.
 */
record LoadNationalCommand() implements Command {

  static final String USAGE = "java -jar beacon.jar load-national";

  static LoadNationalCommand from(CommandLine line) {
    line.takesWords(1);
    return new LoadNationalCommand();
  }

  @Override
  public Optional<String> cannotRun() {
    return Optional.empty();
  }

  @Override
  public int run(ApplicationContext beacon, PrintStream out, PrintStream err) {
    NationalData.Loaded loaded = beacon.getBean(NationalData.class).load();
    out.printf(
        "Loaded %,d national measures and %,d figures in %.1f s%n",
        loaded.measures(), loaded.figures(), loaded.took().toMillis() / 1000.0);
    int linked = beacon.getBean(NationalBenchmarks.class).fillEveryLinked();
    out.printf("Filled the benchmarks of %d indicators linked to national measures%n", linked);
    return DONE;
  }
}
