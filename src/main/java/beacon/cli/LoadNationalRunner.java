package beacon.cli;

import beacon.national.NationalBenchmarks;
import beacon.national.NationalData;
import java.io.PrintStream;

/**
 * Carries out the load of the national data: loads it, then fills the benchmarks of the indicators
 * linked to national measures.
 */
final class LoadNationalRunner {

  private final NationalData nationalData;
  private final NationalBenchmarks nationalBenchmarks;

  LoadNationalRunner(NationalData nationalData, NationalBenchmarks nationalBenchmarks) {
    this.nationalData = nationalData;
    this.nationalBenchmarks = nationalBenchmarks;
  }

  int run(PrintStream out) {
    NationalData.Loaded loaded = nationalData.load();
    out.printf(
        "Loaded %,d national measures and %,d figures in %.1f s%n",
        loaded.measures(), loaded.figures(), loaded.took().toMillis() / 1000.0);
    int linked = nationalBenchmarks.fillEveryLinked();
    out.printf("Filled the benchmarks of %d indicators linked to national measures%n", linked);
    return Command.DONE;
  }
}
