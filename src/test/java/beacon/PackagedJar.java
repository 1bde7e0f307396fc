package beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar {@code ./mvnw package} makes, started as a person starts it: {@code java -jar
 * target/beacon.jar} and its arguments. Tests start it with the client compiler only ({@link
 * #QUICK_START}): a JVM that lives for seconds starts and finishes about a third sooner without the
 * optimising compiler's threads taking the cores, and nothing a test checks depends on how fast the
 * code runs once warm.
 */
public final class PackagedJar {

  public static final Path JAR = Path.of("target", "beacon.jar");

  /** The JVM option the tests start the jar with. */
  public static final String QUICK_START = "-XX:TieredStopAtLevel=1";

  private PackagedJar() {}

  /** The command that starts the packaged jar with these arguments. */
  public static List<String> command(String... arguments) {
    assertThat(JAR).as("the packaged jar (run with ./mvnw verify)").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(QUICK_START);
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(arguments));
    return command;
  }
}
