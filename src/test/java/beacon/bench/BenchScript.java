package beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.PackagedJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the {@code bench/} scripts as a person would, from the project's folder, at whatever
 * size the test gives, and hands back what it printed; fails when it does not end in time or ends
 * with anything but success. The tiny-size tests of the benchmarks use it, so that a change which
 * breaks a benchmark breaks the build. The figures at that size say nothing, so the JVMs it starts
 * take the tests' quick start ({@link PackagedJar}).
 */
final class BenchScript {

  private static final Path JAR = PackagedJar.JAR;

  private final String name;
  private final List<String> arguments = new ArrayList<>();
  private final Map<String, String> environment = new java.util.HashMap<>();
  private Duration patience = Duration.ofMinutes(5);

  private BenchScript(String name) {
    this.name = name;
  }

  /** The script {@code bench/<name>.sh}. */
  static BenchScript named(String name) {
    return new BenchScript(name);
  }

  /** The packaged jar the page and start-up benchmarks run, made by {@code mvn verify}. */
  static Path packagedJar() {
    assertThat(JAR).as("the packaged jar (run with mvn verify)").exists();
    return JAR;
  }

  BenchScript with(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  BenchScript argument(String argument) {
    arguments.add(argument);
    return this;
  }

  BenchScript within(Duration patience) {
    this.patience = patience;
    return this;
  }

  /** What the script printed, standard output and error together, once it has ended well. */
  String run() throws IOException, InterruptedException {
    Ended ended = end();
    assertThat(ended.status())
        .as("bench/%s.sh ended well; it printed:%n%s", name, ended.printed())
        .isZero();
    return ended.printed();
  }

  /**
   * What the script printed, standard output and error together, once it has refused to report:
   * ended in time with a status other than success.
   */
  String refused() throws IOException, InterruptedException {
    Ended ended = end();
    assertThat(ended.status())
        .as("bench/%s.sh refused to report; it printed:%n%s", name, ended.printed())
        .isNotZero();
    return ended.printed();
  }

  private record Ended(int status, String printed) {}

  private Ended end() throws IOException, InterruptedException {
    Path script = Path.of("bench", name + ".sh");
    assertThat(script).as("the benchmark script").exists();
    Path output =
        Files.createTempFile(
            Files.createDirectories(Path.of("target", "bench-scripts")).toAbsolutePath(),
            name + "-",
            ".txt");
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    // every java the script starts, Beacon and its load, with the tests' quick start
    builder.environment().put("JDK_JAVA_OPTIONS", PackagedJar.QUICK_START);
    builder.environment().putAll(environment);
    Process process = builder.start();
    boolean ended = process.waitFor(patience.toSeconds(), TimeUnit.SECONDS);
    if (!ended) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    String printed = Files.readString(output);
    assertThat(ended)
        .as("bench/%s.sh ended within %s; it printed:%n%s", name, patience, printed)
        .isTrue();
    return new Ended(process.exitValue(), printed);
  }
}
